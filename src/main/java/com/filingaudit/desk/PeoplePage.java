package com.filingaudit.desk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.filingaudit.remind.People;
import com.filingaudit.remind.PeopleImport;
import com.filingaudit.remind.Person;
import com.filingaudit.remind.Reminders;
import com.filingaudit.rules.Catalog;

/**
 * The people who own filings (analysts edit them, import a list), the owners the directory lacks, and every reminder
 * mail with how it went.
 */
@ConditionalOnWebApplication
@Controller
class PeoplePage {

	static final int MAILS = 200;

	static final int SENT = 500;

	private final People people;

	private final PeopleImport importer;

	private final Reminders reminders;

	private final DeskUsers users;

	private final DeskEvents events;

	private final Catalog catalog;

	PeoplePage(People people, PeopleImport importer, Reminders reminders, DeskUsers users, DeskEvents events,
			Catalog catalog) {
		this.catalog = catalog;
		this.people = people;
		this.importer = importer;
		this.reminders = reminders;
		this.users = users;
		this.events = events;
	}

	@GetMapping("/people")
	String people(Model model) {
		model.addAttribute("people", people.all());
		model.addAttribute("missing", people.missingOwners());
		model.addAttribute("mails", reminders.outbox(MAILS));
		model.addAttribute("emailOn", reminders.emailOn());
		model.addAttribute("accounts", users.all().stream().map(DeskUsers.Account::username).toList());
		return "people";
	}

	/** The reminders one person was sent, by filing: tier, channels, when, delivered or failed. */
	@GetMapping("/people/reminders")
	String sentTo(@RequestParam String name, Model model) {
		Optional<Person> person = people.find(name);
		model.addAttribute("name", name);
		model.addAttribute("person", person.orElse(null));
		model.addAttribute("sent", reminders.sentTo(name, SENT));
		boolean chinese = DeskModel.messages().chinese();
		model.addAttribute("types", new TypeNames(catalog, chinese));
		return "person";
	}

	/** Filing type names in the reader's language, for templates. */
	public record TypeNames(Catalog catalog, boolean chinese) {

		public String of(String code) {
			return catalog.byCode(code).map(t -> t.name(chinese)).orElse(code);
		}

	}

	@PostMapping("/people")
	String save(@RequestParam String name, @RequestParam String email, @RequestParam(defaultValue = "") String manager,
			@RequestParam(defaultValue = "zh-CN") String locale, @RequestParam(defaultValue = "") String deskUser,
			Authentication user, RedirectAttributes redirect) {
		String account = deskUser.isBlank() || users.find(deskUser.strip()).isEmpty() ? null : deskUser.strip();
		Person person = new Person(name.strip(), email.strip(), manager.isBlank() ? null : manager.strip(),
				DeskLocales.TAGS.contains(locale) ? locale : "zh-CN", account);
		List<String> problems = importer.save(person, DeskModel.messages());
		if (problems.isEmpty()) {
			events.record(user.getName(), "PERSON_SAVED", person.name() + " <" + person.email() + ">");
			redirect.addFlashAttribute("saved", person.name());
		}
		else {
			redirect.addFlashAttribute("problems", problems);
		}
		return "redirect:/people";
	}

	@PostMapping("/people/import")
	String importList(@RequestParam("file") MultipartFile file, Authentication user, RedirectAttributes redirect)
			throws IOException {
		String name = InputShelf.safeName(file.getOriginalFilename()).orElse("people.csv");
		Path temporary = Files.createTempFile("people-", ".upload");
		try (InputStream content = file.getInputStream()) {
			Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
			PeopleImport.Outcome outcome = importer.importFile(temporary, name, DeskModel.messages());
			redirect.addFlashAttribute("outcome", outcome);
			redirect.addFlashAttribute("listName", name);
			events.record(user.getName(), outcome.failed() ? "PEOPLE_REFUSED" : "PEOPLE_IMPORTED",
					name + (outcome.failed() ? "" : ": " + outcome.imported()));
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		return "redirect:/people";
	}

}
