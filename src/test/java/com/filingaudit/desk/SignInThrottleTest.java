package com.filingaudit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The failed sign-in throttle: a window that expires, and names sprayed at the sign-in page forgotten. */
class SignInThrottleTest {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofMinutes(1), new Clock() {

		@Override
		public Instant instant() {
			return now.get();
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	});

	@Test
	void anAccountIsBlockedAfterFiveFailuresUntilTheWindowHasPassed() {
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.blocked("Target")).isFalse();
			throttle.failed("target");
		}
		assertThat(throttle.blocked(" TARGET ")).isTrue();

		now.set(now.get().plusSeconds(61));
		assertThat(throttle.blocked("target")).isFalse();
	}

	@Test
	void namesWhoseFailuresAreOlderThanTheWindowAreForgotten() {
		for (int i = 0; i < 1000; i++) {
			throttle.failed("sprayed-" + i);
		}
		assertThat(throttle.remembered()).isEqualTo(1000);

		now.set(now.get().plusSeconds(61));
		throttle.failed("one-more");

		assertThat(throttle.remembered()).isEqualTo(1);
	}

}
