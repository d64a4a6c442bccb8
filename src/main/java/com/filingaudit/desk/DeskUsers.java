package com.filingaudit.desk;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The desk's accounts, in the database with BCrypt hashes. */
class DeskUsers {

	/** Letters, digits and {@code . _ -}: a name that is safe in a log line and a URL. */
	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,50}");

	static final int MIN_PASSWORD = 10;

	/** The refusal of a name another account has: a message key, as the other refusals. */
	static final String TAKEN = "desk.users.taken";

	public record Account(String username, Role role, boolean enabled, @Nullable String locale, LocalDateTime createdAt) {
	}

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock;

	DeskUsers(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
	}

	UserDetails loadUserByUsername(String username) {
		List<UserDetails> found = jdbc.query("SELECT USERNAME, PASSWORD_HASH, ROLE, ENABLED FROM DESK_USER WHERE USERNAME = ?",
				(rs, n) -> User.withUsername(rs.getString(1))
					.password(rs.getString(2))
					.authorities(Role.valueOf(rs.getString(3)).authority())
					.disabled(rs.getInt(4) == 0)
					.build(),
				username);
		if (found.isEmpty()) {
			throw new UsernameNotFoundException("no such user");
		}
		return found.get(0);
	}

	int count() {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM DESK_USER", Integer.class);
		return count == null ? 0 : count;
	}

	List<Account> all() {
		return jdbc.query("SELECT USERNAME, ROLE, ENABLED, LOCALE, CREATED_AT FROM DESK_USER ORDER BY USERNAME",
				(rs, n) -> new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getInt(3) == 1,
						rs.getString(4), rs.getObject(5, LocalDateTime.class)));
	}

	Optional<Account> find(String username) {
		return all().stream().filter(a -> a.username().equals(username)).findFirst();
	}

	/** Adds an account; the name must be new and plain, the password long enough. */
	void add(String username, String password, Role role) {
		if (!USERNAME.matcher(username).matches()) {
			throw new IllegalArgumentException("desk.users.badName");
		}
		checkPassword(password);
		if (find(username).isPresent()) {
			throw new IllegalArgumentException(TAKEN);
		}
		try {
			jdbc.update("INSERT INTO DESK_USER (USERNAME, PASSWORD_HASH, ROLE, ENABLED, CREATED_AT) VALUES (?, ?, ?, 1, ?)",
					username, encoder.encode(password), role.name(), LocalDateTime.now(clock));
		}
		catch (DuplicateKeyException addedMeanwhile) {
			// by another request, or another instance of the service, since the look-up above
			throw new IllegalArgumentException(TAKEN, addedMeanwhile);
		}
	}

	void resetPassword(String username, String password) {
		checkPassword(password);
		if (jdbc.update("UPDATE DESK_USER SET PASSWORD_HASH = ? WHERE USERNAME = ?", encoder.encode(password),
				username) == 0) {
			throw new IllegalArgumentException("desk.users.unknown");
		}
	}

	void setEnabled(String username, boolean enabled) {
		if (jdbc.update("UPDATE DESK_USER SET ENABLED = ? WHERE USERNAME = ?", enabled ? 1 : 0, username) == 0) {
			throw new IllegalArgumentException("desk.users.unknown");
		}
	}

	void setLocale(String username, String locale) {
		jdbc.update("UPDATE DESK_USER SET LOCALE = ? WHERE USERNAME = ?", locale, username);
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new IllegalArgumentException("desk.users.shortPassword");
		}
	}

}
