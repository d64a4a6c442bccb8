package com.filingaudit.desk;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.filingaudit.remind.People;
import com.filingaudit.remind.Reminders;
import com.filingaudit.system.Messages;

/** What every page's frame shows: who is signed in, what they may do, the language. */
@ConditionalOnWebApplication
@ControllerAdvice(assignableTypes = { TodayPage.class, RunsPage.class, InputPage.class, FilingsPage.class,
		UsersPage.class, InboxPage.class, PeoplePage.class })
class DeskModel {

	private static final DeskDurations DURATIONS = new DeskDurations();

	private final People people;

	private final Reminders reminders;

	DeskModel(People people, Reminders reminders) {
		this.people = people;
		this.reminders = reminders;
	}

	@ModelAttribute("me")
	String me(Authentication authentication) {
		return authentication == null ? "" : authentication.getName();
	}

	@ModelAttribute("analyst")
	boolean analyst(Authentication authentication) {
		return has(authentication, Role.ANALYST) || has(authentication, Role.ADMIN);
	}

	@ModelAttribute("admin")
	boolean admin(Authentication authentication) {
		return has(authentication, Role.ADMIN);
	}

	/** Unread reminders in the inbox of the person the account is linked to. */
	@ModelAttribute("unread")
	int unread(Authentication authentication) {
		if (authentication == null) {
			return 0;
		}
		return people.ofDeskUser(authentication.getName()).map(p -> reminders.unread(p.name())).orElse(0);
	}

	@ModelAttribute("durations")
	DeskDurations durations() {
		return DURATIONS;
	}

	@ModelAttribute("lang")
	String lang() {
		return LocaleContextHolder.getLocale().getLanguage().equals("en") ? "en" : "zh-CN";
	}

	/** The product's words in the reader's language, for texts built in Java (finding sentences). */
	static Messages messages() {
		return LocaleContextHolder.getLocale().getLanguage().equals("en") ? Messages.of("en") : Messages.of("zh-CN");
	}

	private static boolean has(Authentication authentication, Role role) {
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
	}

}
