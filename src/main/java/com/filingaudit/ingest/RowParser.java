package com.filingaudit.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.Filing;
import com.filingaudit.rules.FilingType;
import com.filingaudit.rules.Text;
import com.filingaudit.system.Messages;

/**
 * Turns a register row into a {@link Filing}, or says why it cannot: no company, no type, a type the catalog does
 * not know, a date that cannot be read, a value too long to be real.
 */
public final class RowParser {

	/** Longer than any real company name, licence number or note: such a cell is not data. */
	static final int MAX_TEXT = 500;

	private final Catalog catalog;

	private final Messages messages;

	private final DateOrder dateOrder;

	public RowParser(Catalog catalog, Messages messages) {
		this(catalog, messages, DateOrder.YMD);
	}

	/** @param dateOrder how the register writes dates with the year last */
	public RowParser(Catalog catalog, Messages messages, DateOrder dateOrder) {
		this.catalog = catalog;
		this.messages = messages;
		this.dateOrder = dateOrder;
	}

	/** A problem with one cell of a row. */
	public record Problem(String column, String value, String reason) {
	}

	/** The filing a row describes, or the problems that keep it from being audited. */
	public record Result(@Nullable Filing filing, List<Problem> problems, @Nullable String filingNo) {
	}

	public Result parse(SourceRow.Row row) {
		Cells cells = new Cells(row);
		String company = cells.text(Field.COMPANY);
		String typeText = cells.text(Field.FILING_TYPE);
		String filingNo = cells.code(Field.FILING_NO);
		if (company == null && row.value(Field.COMPANY).isBlank()) {
			cells.problem(Field.COMPANY, messages.get("reject.missingCompany"));
		}
		FilingType type = null;
		boolean inferred = false;
		boolean severalBusinesses = false;
		if (typeText == null && row.value(Field.FILING_TYPE).isBlank()) {
			Optional<FilingType> byNumber = filingNo == null ? Optional.empty() : catalog.inferFromNumber(filingNo);
			if (byNumber.isPresent()) {
				type = byNumber.get();
				inferred = true;
			}
			else {
				cells.problem(Field.FILING_TYPE, messages.get(filingNo == null ? "reject.missingType"
						: "reject.typeNotInferred"));
			}
		}
		else if (typeText != null) {
			Catalog.TypeChoice choice = catalog.choose(typeText, cells.text(Field.BUSINESS), filingNo);
			if (choice.undecided() != null) {
				cells.problem(Field.FILING_TYPE, messages.get("reject.certificateUndecided", typeText,
						catalog.typesOf(choice.undecided()).stream().map(t -> t.name(messages.chinese()))
							.collect(Collectors.joining(messages.chinese() ? "、" : ", ")),
						String.join(messages.chinese() ? "、" : ", ", choice.undecided().examples())));
			}
			else if (choice.type() == null) {
				cells.problem(Field.FILING_TYPE, messages.get("reject.unknownType", typeText));
			}
			type = choice.type();
			severalBusinesses = choice.severalBusinesses();
		}
		// Where a register gives the start of validity beside the decision date, the term counts from the start.
		LocalDate validFrom = cells.date(Field.VALID_FROM);
		LocalDate decided = cells.date(Field.ISSUE_DATE);
		LocalDate issue = validFrom != null ? validFrom : decided;
		Value expiryValue = row.value(Field.EXPIRY_DATE);
		boolean noExpiry = Dates.meansNoExpiry(expiryValue);
		LocalDate expiry = noExpiry ? null : cells.date(Field.EXPIRY_DATE);
		Value validity = row.value(Field.VALIDITY);
		if (!validity.isBlank()) {
			Dates.Range range = Dates.range(validity, dateOrder);
			if (range.problem() != null) {
				// A date in the range that cannot be read says why (a day and month either way round, say).
				cells.problem(Field.VALIDITY, messages.get(range.problem().equals("range") ? "reject.validity"
						: "reject.date." + range.problem()));
			}
			if (issue == null && row.value(Field.ISSUE_DATE).isBlank() && row.value(Field.VALID_FROM).isBlank()) {
				issue = range.start();
			}
			if (expiryValue.isBlank()) {
				expiry = range.end();
				noExpiry = range.noEnd();
			}
		}
		LocalDate inspection = cells.date(Field.LAST_INSPECTION);
		LocalDate renewal = cells.date(Field.RENEWAL_SUBMITTED);
		LocalDate annualReport = cells.date(Field.LAST_ANNUAL_REPORT);
		LocalDate changeDate = cells.date(Field.CHANGE_DATE);
		LocalDate changeFiled = cells.date(Field.CHANGE_FILED);
		Integer level = cells.parsed(Field.PROTECTION_LEVEL, ProtectionLevels::parse, "reject.level");
		String creditCode = cells.code(Field.CREDIT_CODE);
		String status = catalog.statusText(cells.text(Field.STATUS));
		String region = cells.text(Field.REGION);
		String owner = cells.text(Field.OWNER);
		String authority = cells.text(Field.AUTHORITY);
		String remarks = cells.text(Field.REMARKS);
		Double foreign = cells.parsed(Field.FOREIGN_OWNERSHIP, Percentages::parse, "reject.percent");
		if (issue != null && expiry != null && issue.isAfter(expiry)) {
			cells.problem(validFrom != null ? Field.VALID_FROM : Field.ISSUE_DATE, messages.get("reject.issueAfterExpiry", issue, expiry));
		}
		if (!cells.problems.isEmpty()) {
			return new Result(null, cells.problems, filingNo);
		}
		return new Result(new Filing(company, creditCode, type, filingNo, issue, expiry, noExpiry, inspection, renewal,
				status, region, owner, row.header().has(Field.LAST_ANNUAL_REPORT), annualReport, level, changeDate,
				changeFiled, remarks, foreign, inferred, authority, severalBusinesses), List.of(), filingNo);
	}

	/** Reads the cells of one row, collecting problems as it goes. */
	private final class Cells {

		private final SourceRow.Row row;

		private final List<Problem> problems = new ArrayList<>();

		Cells(SourceRow.Row row) {
			this.row = row;
		}

		/** Text as written, invisible characters removed; {@code null} when blank. */
		@Nullable
		String text(Field field) {
			return checked(field, Text.clean(row.value(field).text()));
		}

		/** A code or number: full-width forms folded (ＩＣＰ is ICP), no spaces inside. */
		@Nullable
		String code(Field field) {
			String text = checked(field, Text.fold(row.value(field).text()));
			return text == null ? null : text.replace(" ", "");
		}

		private @Nullable String checked(Field field, String text) {
			if (text.isEmpty()) {
				return null;
			}
			if (text.length() > MAX_TEXT) {
				problem(field, messages.get("reject.tooLong", text.length(), MAX_TEXT));
				return null;
			}
			return text;
		}

		/** A value read by {@code parse}, which answers {@code null} for text it cannot read. */
		<T> @Nullable T parsed(Field field, Function<String, @Nullable T> parse, String reasonKey) {
			String text = text(field);
			if (text == null) {
				return null;
			}
			T value = parse.apply(text);
			if (value == null) {
				problem(field, messages.get(reasonKey));
			}
			return value;
		}

		@Nullable
		LocalDate date(Field field) {
			Value value = row.value(field);
			if (value.isBlank()) {
				return null;
			}
			Dates.Parsed parsed = Dates.parse(value, dateOrder);
			if (parsed.problem() != null) {
				problem(field, messages.get("reject.date." + parsed.problem()));
			}
			return parsed.date();
		}

		void problem(Field field, String reason) {
			String value = row.value(field).text();
			problems.add(new Problem(row.header().name(field), value, reason));
		}

	}

}
