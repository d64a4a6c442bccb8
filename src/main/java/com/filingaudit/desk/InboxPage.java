package com.filingaudit.desk;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.filingaudit.remind.People;
import com.filingaudit.remind.Person;
import com.filingaudit.remind.Reminders;
import com.filingaudit.rules.Catalog;

/** The signed-in user's inbox (站内信): the reminders of the person their account is linked to. */
@ConditionalOnWebApplication
@Controller
class InboxPage {

	static final int SHOWN = 300;

	private final People people;

	private final Reminders reminders;

	private final Catalog catalog;

	private final Clock clock;

	InboxPage(People people, Reminders reminders, Catalog catalog, Clock clock) {
		this.people = people;
		this.reminders = reminders;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/inbox")
	String inbox(Authentication user, Model model) {
		Optional<Person> person = people.ofDeskUser(user.getName());
		model.addAttribute("person", person.orElse(null));
		List<Reminders.InboxItem> items = person.map(p -> reminders.inbox(p.name(), SHOWN)).orElse(List.of());
		boolean chinese = DeskModel.messages().chinese();
		model.addAttribute("items", items);
		Map<String, String> types = new HashMap<>();
		items.forEach(i -> types.computeIfAbsent(i.typeCode(),
				code -> catalog.byCode(code).map(t -> t.name(chinese)).orElse(code)));
		model.addAttribute("types", types);
		return "inbox";
	}

	@PostMapping("/inbox/read")
	String read(@RequestParam(required = false) Long id, Authentication user) {
		people.ofDeskUser(user.getName())
			.ifPresent(p -> reminders.markRead(p.name(), id, LocalDateTime.now(clock)));
		return "redirect:/inbox";
	}

}
