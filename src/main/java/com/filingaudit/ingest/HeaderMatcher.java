package com.filingaudit.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.filingaudit.system.Messages;

/**
 * Finds a register's header among the first rows of a sheet and maps its columns to fields. Nothing is guessed: a
 * header name that fits two fields equally is left unmapped, and every such doubt is said in the Summary.
 */
public final class HeaderMatcher {

	/** How far down a sheet the header is looked for: title rows and export notes sit above it. */
	public static final int SEARCH_ROWS = 30;

	/** No column name is longer: a longer cell is data or a note, and is not compared with the names. */
	private static final int MAX_NAME = 60;

	/** Unused columns named in the Summary; the rest are counted. */
	private static final int UNUSED_LISTED = 20;

	private final ColumnNames names;

	private final Map<Field, String> overrides;

	private final Messages messages;

	/**
	 * @param overrides header names the analyst assigned to fields ({@code audit.columns.<field>=<header>}); they win
	 * over the catalog's names
	 */
	public HeaderMatcher(ColumnNames names, Map<Field, String> overrides, Messages messages) {
		this.names = names;
		this.overrides = new EnumMap<>(Field.class);
		overrides.forEach((field, header) -> this.overrides.put(field, ColumnNames.key(header)));
		this.messages = messages;
	}

	/** This matcher with more header names assigned to fields, for the files of one export. */
	HeaderMatcher withOverrides(Map<Field, String> more) {
		HeaderMatcher matcher = new HeaderMatcher(names, Map.of(), messages);
		matcher.overrides.putAll(overrides);
		more.forEach((field, header) -> matcher.overrides.put(field, ColumnNames.key(header)));
		return matcher;
	}

	/** The row that names the most fields, if one names company, filing type and a date or number field. */
	Optional<Header> find(List<RawSheet.RawRow> rows) {
		Header best = null;
		for (RawSheet.RawRow row : rows) {
			Header candidate = header(row);
			if (qualifies(candidate) && (best == null || candidate.score() > best.score())) {
				best = candidate;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Why none of the rows is a header: what the most promising one lacked. */
	String whyNoHeader(List<RawSheet.RawRow> rows) {
		Header closest = null;
		for (RawSheet.RawRow row : rows) {
			Header candidate = header(row);
			if (closest == null || candidate.score() > closest.score()) {
				closest = candidate;
			}
		}
		if (closest == null || closest.score() == 0) {
			return messages.get("notice.noHeader", SEARCH_ROWS, describe(Field.COMPANY) + "; " + describe(Field.FILING_TYPE));
		}
		List<String> missing = new ArrayList<>();
		for (Field field : closest.missingRequiredFields()) {
			missing.add(describe(field));
		}
		if (missing.isEmpty()) {
			missing.add(messages.get("notice.dateOrNumber"));
		}
		return messages.get("notice.noHeader", SEARCH_ROWS, String.join("; ", missing));
	}

	private String describe(Field field) {
		return String.join(" / ", names.namesOf(field));
	}

	private static boolean qualifies(Header header) {
		return header.missingRequiredFields().isEmpty()
				&& Arrays.stream(Field.values()).anyMatch(f -> f.identifying() && header.has(f));
	}

	Header header(RawSheet.RawRow row) {
		List<String> texts = row.values().stream().map(Value::text).toList();
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		Map<Field, Boolean> exact = new EnumMap<>(Field.class);
		List<String> remarks = new ArrayList<>();
		List<String> unused = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			if (text.isBlank()) {
				continue;
			}
			if (text.length() > MAX_NAME) {
				unused.add(text.substring(0, MAX_NAME) + "…");
				continue;
			}
			Field overridden = overridden(text);
			ColumnNames.Match match = overridden != null ? new ColumnNames.Match(Set.of(overridden), true)
					: names.match(text);
			if (match.fields().isEmpty()) {
				unused.add(text);
			}
			else if (match.ambiguous()) {
				remarks.add(messages.get("notice.ambiguousColumn", text, match.fields()
					.stream()
					.map(f -> names.namesOf(f).get(0))
					.sorted()
					.collect(Collectors.joining(", "))));
			}
			else {
				Field field = match.field();
				Integer previous = columns.get(field);
				if (previous == null || (match.exact() && !exact.get(field))
						|| (match.exact() && rank(field, text) < rank(field, texts.get(previous)))) {
					if (previous != null) {
						remarks.add(messages.get("notice.duplicateColumn", texts.get(previous), text, text));
					}
					columns.put(field, i);
					exact.put(field, match.exact());
				}
				else {
					remarks.add(messages.get("notice.duplicateColumn", texts.get(previous), text, texts.get(previous)));
				}
			}
		}
		if (!unused.isEmpty()) {
			String listed = String.join(", ", unused.subList(0, Math.min(unused.size(), UNUSED_LISTED)));
			remarks.add(messages.get("notice.unusedColumns", unused.size() > UNUSED_LISTED
					? listed + " " + messages.get("notice.andMore", unused.size() - UNUSED_LISTED) : listed));
		}
		return new Header(row.number(), texts, columns, remarks);
	}

	/** An analyst's own name for a field first, then the catalog's order. */
	private int rank(Field field, String header) {
		return overridden(header) == field ? -1 : names.rank(field, header);
	}

	private @Nullable Field overridden(String header) {
		String key = ColumnNames.key(header);
		return overrides.entrySet().stream().filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey)
			.findFirst().orElse(null);
	}

}
