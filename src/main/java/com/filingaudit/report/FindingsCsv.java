package com.filingaudit.report;

import java.io.Closeable;
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
import com.filingaudit.store.StagedFiling;

/**
 * The run's findings for other tools: one row per finding, UTF-8 with a byte-order mark so that Excel opens it right,
 * every cell that could start a formula neutralised (OWASP CSV injection: a leading {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return is prefixed with {@code '}). Filings are added group by group, most severe first,
 * each group in the analyst's order: the groups the workbook lists as its pass over them reads them, the rest after.
 */
final class FindingsCsv implements Closeable {

	static final List<String> HEADER = List.of("as_of", "group", "finding", "deadline", "company", "credit_code",
			"filing_type", "type_code", "filing_no", "expiry_date", "days_left", "owner", "source", "details");

	private final CSVPrinter csv;

	private final LocalDate asOf;

	private final FindingText text;

	private final Sources sources;

	private final Function<String, String> typeName;

	FindingsCsv(Path file, LocalDate asOf, FindingText text, Sources sources, Function<String, String> typeName)
			throws IOException {
		Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		try {
			out.write('\uFEFF');
			this.csv = new CSVPrinter(out, CSVFormat.DEFAULT);
			csv.printRecord(HEADER);
		}
		catch (IOException | RuntimeException ex) {
			out.close();
			throw ex;
		}
		this.asOf = asOf;
		this.text = text;
		this.sources = sources;
		this.typeName = typeName;
	}

	/** A row for each of the filing's findings (none for a filing without). */
	void add(Group group, StagedFiling filing) {
		for (Finding finding : filing.findings()) {
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
	}

	@Override
	public void close() throws IOException {
		csv.close();
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
