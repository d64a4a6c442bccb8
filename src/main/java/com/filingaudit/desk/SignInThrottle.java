package com.filingaudit.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Counts failed sign-ins per account: past the limit within the window, further attempts are refused without checking
 * the password, so that guessing one account's password takes ages. Accounts whose failures are all older than the
 * window are forgotten, once a window at most, so that names sprayed at the sign-in page do not pile up.
 */
class SignInThrottle {

	/** Each account's failures within the window; a deque is changed only inside the map's compute for its key. */
	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final int limit;

	private final Duration window;

	private final Clock clock;

	private volatile Instant pruned;

	SignInThrottle(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
		this.pruned = clock.instant();
	}

	boolean blocked(String username) {
		Deque<Instant> times = failures.computeIfPresent(key(username), (k, t) -> recent(t));
		return times != null && times.size() >= limit;
	}

	void failed(String username) {
		Instant now = clock.instant();
		failures.compute(key(username), (k, t) -> {
			Deque<Instant> times = t == null || recent(t) == null ? new ArrayDeque<>() : t;
			times.addLast(now);
			return times;
		});
		if (pruned.plus(window).isBefore(now)) {
			pruned = now;
			failures.keySet().forEach(key -> failures.computeIfPresent(key, (k, t) -> recent(t)));
		}
	}

	void succeeded(String username) {
		failures.remove(key(username));
	}

	/** Accounts with failures remembered. */
	int remembered() {
		return failures.size();
	}

	/** The failures within the window, or {@code null} (the account forgotten) when there are none. */
	private @Nullable Deque<Instant> recent(Deque<Instant> times) {
		Instant since = clock.instant().minus(window);
		while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
			times.removeFirst();
		}
		return times.isEmpty() ? null : times;
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
