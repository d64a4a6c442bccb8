package com.filingaudit.remind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.transaction.support.TransactionTemplate;

import com.filingaudit.ingest.FileProblems;
import com.filingaudit.ingest.IngestOptions;
import com.filingaudit.ingest.Location;
import com.filingaudit.ingest.SimpleList;
import com.filingaudit.system.Messages;

/**
 * Imports a list of people ({@code 姓名, 邮箱, 上级} or {@code Name, Email, Manager}, optionally {@code 语言 /
 * Language}) into the directory, all of it or nothing: a row with no name, an invalid address, an unknown manager or a
 * name given twice or a value too long for the directory is listed with its reason and nothing is imported.
 */
public class PeopleImport {

	static final List<List<String>> COLUMNS = List.of(List.of("姓名", "Name", "负责人", "Owner"),
			List.of("邮箱", "电子邮箱", "Email", "E-mail"), List.of("上级", "客户经理", "Manager"));

	static final List<String> LANGUAGE = List.of("语言", "Language");

	static final int MAX_PEOPLE = 10_000;

	/** The widths of PERSON's NAME (and MANAGER) and EMAIL columns: a longer value is refused, never cut. */
	static final int MAX_NAME = 200;

	static final int MAX_EMAIL = 320;

	/** An address a mail server will take: one @, a dotted domain, no spaces. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+");

	/** A row that cannot be imported, and why. */
	public record Problem(Location location, String column, String value, String reason) {
	}

	/** What an import did: the people imported, or the problems that kept the whole list out. */
	public record Outcome(int imported, List<Problem> problems, String fileProblem) {

		public boolean failed() {
			return !problems.isEmpty() || fileProblem != null;
		}

	}

	private final People people;

	private final IngestOptions options;

	private final TransactionTemplate transaction;

	PeopleImport(People people, IngestOptions options, TransactionTemplate transaction) {
		this.people = people;
		this.options = options;
		this.transaction = transaction;
	}

	/** Adds or changes one person, as the desk's form does; the reasons it cannot, else none. */
	public List<String> save(Person person, Messages messages) {
		List<String> problems = new ArrayList<>();
		if (person.name().isBlank()) {
			problems.add(messages.get("people.noName"));
		}
		if (person.name().length() > MAX_NAME) {
			problems.add(tooLong(person.name(), MAX_NAME, messages));
		}
		if (person.email().length() > MAX_EMAIL) {
			problems.add(tooLong(person.email(), MAX_EMAIL, messages));
		}
		else if (!EMAIL.matcher(person.email()).matches()) {
			problems.add(messages.get("people.badEmail"));
		}
		if (person.manager() != null
				&& (person.manager().equals(person.name()) || people.find(person.manager()).isEmpty())) {
			problems.add(messages.get("people.unknownManager", person.manager()));
		}
		if (problems.isEmpty()) {
			transaction.executeWithoutResult(status -> people.save(List.of(person)));
		}
		return problems;
	}

	public Outcome importFile(Path file, String name, Messages messages) {
		SimpleList.Read read;
		List<List<String>> columns = new ArrayList<>(COLUMNS);
		columns.add(LANGUAGE);
		try {
			read = SimpleList.read(file, name, columns, options, MAX_PEOPLE);
			if (read.problem() != null) {
				read = SimpleList.read(file, name, COLUMNS, options, MAX_PEOPLE);
			}
		}
		catch (IOException | RuntimeException ex) {
			return new Outcome(0, List.of(), FileProblems.reason(ex, messages));
		}
		if (read.problem() != null) {
			return new Outcome(0, List.of(), read.problem());
		}
		Map<String, Person> byName = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		Set<String> known = new HashSet<>();
		people.all().forEach(p -> known.add(p.name()));
		for (SimpleList.Row row : read.rows()) {
			known.add(row.values().get(0));
		}
		for (SimpleList.Row row : read.rows()) {
			String person = row.values().get(0);
			String email = row.values().get(1);
			String manager = row.values().get(2);
			String language = row.values().size() > 3 ? row.values().get(3) : "";
			if (person.isEmpty()) {
				problems.add(new Problem(row.location(), COLUMNS.get(0).get(0), "", messages.get("people.noName")));
				continue;
			}
			if (person.length() > MAX_NAME) {
				problems.add(new Problem(row.location(), COLUMNS.get(0).get(0), start(person),
						tooLong(person, MAX_NAME, messages)));
			}
			if (email.length() > MAX_EMAIL) {
				problems.add(new Problem(row.location(), COLUMNS.get(1).get(0), start(email),
						tooLong(email, MAX_EMAIL, messages)));
			}
			else if (!EMAIL.matcher(email).matches()) {
				problems.add(new Problem(row.location(), COLUMNS.get(1).get(0), email, messages.get("people.badEmail")));
			}
			if (manager.length() > MAX_NAME) {
				problems.add(new Problem(row.location(), COLUMNS.get(2).get(0), start(manager),
						tooLong(manager, MAX_NAME, messages)));
			}
			else if (!manager.isEmpty() && (!known.contains(manager) || manager.equals(person))) {
				problems.add(new Problem(row.location(), COLUMNS.get(2).get(0), manager,
						messages.get("people.unknownManager", manager)));
			}
			if (byName.containsKey(person)) {
				problems.add(new Problem(row.location(), COLUMNS.get(0).get(0), person, messages.get("people.twice")));
			}
			String locale = language.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "zh-CN";
			byName.putIfAbsent(person, new Person(person, email, manager.isEmpty() ? null : manager, locale, null));
		}
		if (!problems.isEmpty()) {
			return new Outcome(0, problems, null);
		}
		transaction.executeWithoutResult(status -> people.save(byName.values()));
		return new Outcome(byName.size(), List.of(), null);
	}

	/** The start of a value too long to repeat whole in the list of problems. */
	private static String start(String value) {
		return value.substring(0, 40) + "…";
	}

	private static String tooLong(String value, int max, Messages messages) {
		return messages.get("reject.tooLong", value.length(), max);
	}

}
