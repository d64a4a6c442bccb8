package com.filingaudit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import com.filingaudit.rules.Finding;
import com.filingaudit.rules.Group;
import com.filingaudit.store.AuditStore;
import com.filingaudit.store.StagedFiling;

/**
 * The run's findings for other tools: one row per finding, UTF-8 with a byte-order mark so that Excel opens it right,
 * every cell that could start a formula neutralised (OWASP CSV injection: a leading {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return is prefixed with {@code '}).
 */
final class FindingsCsv {

	static final List<String> HEADER = List.of("as_of", "group", "finding", "deadline", "company", "credit_code",
			"filing_type", "type_code", "filing_no", "expiry_date", "days_left", "owner", "source", "details");

	private FindingsCsv() {
	}

	static void write(Path file, AuditStore store, long instanceId, LocalDate asOf, FindingText text, Sources sources,
			Function<String, String> typeName, Runnable perFiling) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			out.write('\uFEFF');
			csv.printRecord(HEADER);
			for (Group group : Group.values()) {
				store.forEachInGroup(instanceId, group, filing -> {
					perFiling.run();
					for (Finding finding : filing.findings()) {
						print(csv, asOf, group, finding, filing, text, sources, typeName);
					}
				});
			}
		}
	}

	private static void print(CSVPrinter csv, LocalDate asOf, Group group, Finding finding, StagedFiling filing,
			FindingText text, Sources sources, Function<String, String> typeName) {
		try {
			csv.printRecord(asOf, group.name(), finding.code().name(), finding.deadline(), safe(filing.company()),
					safe(filing.creditCode()), safe(typeName.apply(filing.typeCode())), filing.typeCode(),
					safe(filing.filingNo()), filing.expiry(), filing.daysLeft(), safe(filing.owner()),
					safe(sources.row(filing.location())), safe(text.sentence(finding, filing)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A text cell that no spreadsheet will take for a formula. */
	static @Nullable String safe(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
	}

}
