package com.filingaudit.desk;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import com.filingaudit.store.Tables;

/** Who did what at the desk: sign-ins, uploads, deletions, runs, downloads, user changes. */
class DeskEvents {

	/** The longest detail kept: a file name or a reason. */
	private static final int MAX_DETAIL = 2000;

	public record Event(LocalDateTime at, @Nullable String username, String action, @Nullable String detail) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DeskEvents(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(@Nullable String username, String action, @Nullable String detail) {
		String kept = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
		jdbc.update("INSERT INTO DESK_EVENT (HAPPENED_AT, USERNAME, ACTION, DETAIL) VALUES (?, ?, ?, ?)",
				LocalDateTime.now(clock), username == null ? null : abbreviate(username), action, kept);
	}

	List<Event> recent(int limit) {
		return Tables.limitedTo(jdbc, limit)
			.query("SELECT HAPPENED_AT, USERNAME, ACTION, DETAIL FROM DESK_EVENT ORDER BY ID DESC",
					(rs, n) -> new Event(rs.getObject(1, LocalDateTime.class), rs.getString(2), rs.getString(3),
							rs.getString(4)));
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		record(event.getAuthentication().getName(), "SIGN_IN", null);
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		record(event.getAuthentication().getName(), "SIGN_IN_FAILED", event.getException().getClass().getSimpleName());
	}

	/** A name typed at the sign-in page may be anything: keep it short. */
	private static String abbreviate(String username) {
		return username.length() <= 100 ? username : username.substring(0, 100);
	}

}
