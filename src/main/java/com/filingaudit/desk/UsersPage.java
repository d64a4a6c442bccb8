package com.filingaudit.desk;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;

/**
 * Admins: accounts (add, reset a password, disable or enable) and the audit log of who did what. Disabling an account
 * or resetting its password signs it out everywhere.
 */
@ConditionalOnWebApplication
@Controller
class UsersPage {

	static final int EVENTS = 500;

	private final DeskUsers users;

	private final DeskEvents events;

	private final DeskSessions sessions;

	UsersPage(DeskUsers users, DeskEvents events, DeskSessions sessions) {
		this.users = users;
		this.events = events;
		this.sessions = sessions;
	}

	@GetMapping("/users")
	String users(Model model) {
		model.addAttribute("accounts", users.all());
		model.addAttribute("roles", Role.values());
		return "users";
	}

	@GetMapping("/log")
	String log(Model model) {
		model.addAttribute("events", events.recent(EVENTS));
		return "log";
	}

	@PostMapping("/users")
	String add(@RequestParam String username, @RequestParam String password, @RequestParam Role role,
			Authentication admin, RedirectAttributes redirect) {
		return change(() -> users.add(username.strip(), password, role), admin, "USER_ADDED",
				username.strip() + " (" + role + ")", "desk.users.added", redirect);
	}

	@PostMapping("/users/password")
	String resetPassword(@RequestParam String username, @RequestParam String password, Authentication admin,
			HttpSession session, RedirectAttributes redirect) {
		return change(() -> {
			users.resetPassword(username, password);
			sessions.end(username, session.getId());
		}, admin, "PASSWORD_RESET", username, "desk.users.passwordReset", redirect);
	}

	@PostMapping("/users/enabled")
	String setEnabled(@RequestParam String username, @RequestParam boolean enabled, Authentication admin,
			RedirectAttributes redirect) {
		if (username.equals(admin.getName()) && !enabled) {
			redirect.addFlashAttribute("problem", "desk.users.notYourself");
			return "redirect:/users";
		}
		return change(() -> {
			users.setEnabled(username, enabled);
			if (!enabled) {
				sessions.end(username, null);
			}
		}, admin, enabled ? "USER_ENABLED" : "USER_DISABLED", username,
				enabled ? "desk.users.enabled" : "desk.users.disabled", redirect);
	}

	private String change(Runnable change, Authentication admin, String action, String detail, String done,
			RedirectAttributes redirect) {
		try {
			change.run();
			events.record(admin.getName(), action, detail);
			redirect.addFlashAttribute("done", done);
			redirect.addFlashAttribute("subject", detail);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/users";
	}

}
