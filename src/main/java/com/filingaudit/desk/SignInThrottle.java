package com.filingaudit.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per account: past the limit within the window, further attempts are refused without checking
 * the password, so that guessing one account's password takes ages.
 */
class SignInThrottle {

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final int limit;

	private final Duration window;

	private final Clock clock;

	SignInThrottle(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	boolean blocked(String username) {
		Deque<Instant> times = failures.get(key(username));
		if (times == null) {
			return false;
		}
		synchronized (times) {
			forgetOld(times);
			return times.size() >= limit;
		}
	}

	void failed(String username) {
		Deque<Instant> times = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
		synchronized (times) {
			forgetOld(times);
			times.addLast(clock.instant());
		}
	}

	void succeeded(String username) {
		failures.remove(key(username));
	}

	private void forgetOld(Deque<Instant> times) {
		Instant since = clock.instant().minus(window);
		while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
			times.removeFirst();
		}
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
