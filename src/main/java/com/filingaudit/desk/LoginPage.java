package com.filingaudit.desk;

import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** The sign-in page (Spring Security's form login posts to it), and the language switch. */
@ConditionalOnWebApplication
@Controller
class LoginPage {

	private final DeskLocales locales;

	LoginPage(DeskLocales locales) {
		this.locales = locales;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		if (request.getParameter("error") != null) {
			model.addAttribute("failure", failure instanceof LockedException ? "desk.login.throttled"
					: failure instanceof DisabledException ? "desk.login.disabled" : "desk.login.failed");
		}
		return "login";
	}

	@PostMapping("/language")
	String language(@RequestParam String lang, @RequestParam(defaultValue = "/") String back,
			HttpServletRequest request, HttpServletResponse response) {
		if (DeskLocales.TAGS.contains(lang)) {
			locales.setLocale(request, response, Locale.forLanguageTag(lang));
		}
		return "redirect:" + (back.matches("/[a-z]*") ? back : "/");
	}

}
