package com.filingaudit.desk;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in sessions of each account, so that disabling an account or resetting its password signs it out
 * everywhere: the next request of an ended session goes to the sign-in page.
 */
class DeskSessions {

	private final SessionRegistry registry;

	DeskSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/** Ends the account's sessions but the one given (an admin resetting their own password stays signed in). */
	void end(String username, @Nullable String keep) {
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
				registry.getAllSessions(principal, false)
					.stream()
					.filter(session -> !session.getSessionId().equals(keep))
					.forEach(SessionInformation::expireNow);
			}
		}
	}

}
