package com.filingaudit.desk;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The desk's language: each user's own choice (kept with the account), else Chinese. Only the report's two languages
 * are offered.
 */
class DeskLocales implements LocaleResolver {

	static final Set<String> TAGS = Set.of("zh-CN", "en");

	private static final String SESSION = DeskLocales.class.getName();

	private final DeskUsers users;

	DeskLocales(DeskUsers users) {
		this.users = users;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object chosen = session == null ? null : session.getAttribute(SESSION);
		if (chosen instanceof Locale locale) {
			return locale;
		}
		String user = signedIn();
		Locale locale = Locale.forLanguageTag(user == null ? "zh-CN"
				: users.find(user).map(DeskUsers.Account::locale).filter(TAGS::contains).orElse("zh-CN"));
		if (session != null && user != null) {
			session.setAttribute(SESSION, locale);
		}
		return locale;
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		Locale chosen = locale == null ? Locale.forLanguageTag("zh-CN") : locale;
		request.getSession().setAttribute(SESSION, chosen);
		String user = signedIn();
		if (user != null) {
			users.setLocale(user, chosen.toLanguageTag());
		}
	}

	private static @Nullable String signedIn() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? null : auth.getName();
	}

}
