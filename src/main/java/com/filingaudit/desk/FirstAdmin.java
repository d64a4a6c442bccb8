package com.filingaudit.desk;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * The first start with no account creates {@code admin}: with {@code audit.desk.admin-password} when given, else with
 * a random password printed once in the log.
 */
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	static final String NAME = "admin";

	private final DeskUsers users;

	private final DeskProperties desk;

	private final DeskEvents events;

	FirstAdmin(DeskUsers users, DeskProperties desk, DeskEvents events) {
		this.users = users;
		this.desk = desk;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.count() > 0) {
			return;
		}
		String given = desk.adminPassword();
		String password = given != null && !given.isBlank() ? given : random();
		try {
			users.add(NAME, password, Role.ADMIN);
		}
		catch (IllegalArgumentException ex) {
			if (!DeskUsers.TAKEN.equals(ex.getMessage())) {
				throw ex;
			}
			// instances started together on a new database: one of them makes the account
			log.info("The desk's first account '{}' was created by another instance of the service", NAME);
			return;
		}
		events.record(null, "USER_ADDED", NAME + " (ADMIN)");
		if (given != null && !given.isBlank()) {
			log.info("Created the desk's first account '{}' with the password given in audit.desk.admin-password", NAME);
		}
		else {
			log.warn("Created the desk's first account '{}' with the password {} (shown once: sign in and change it)",
					NAME, password);
		}
	}

	private static String random() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
