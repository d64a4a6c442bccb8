package com.filingaudit.ingest;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A header row: where it stands, the column names as written, which column holds each field, and what the analyst
 * should know about the columns (two claiming one field, a name that fits two fields, columns not used).
 */
public final class Header {

	private final int row;

	private final List<String> names;

	private final Map<Field, Integer> columns;

	private final List<String> remarks;

	Header(int row, List<String> names, Map<Field, Integer> columns, List<String> remarks) {
		this.row = row;
		this.names = List.copyOf(names);
		this.columns = new EnumMap<>(Field.class);
		this.columns.putAll(columns);
		this.remarks = List.copyOf(remarks);
	}

	/** The row number of the header as Excel shows it. */
	public int row() {
		return row;
	}

	public Optional<Integer> column(Field field) {
		return Optional.ofNullable(columns.get(field));
	}

	public boolean has(Field field) {
		return columns.containsKey(field);
	}

	/** The column's name as written in the file. */
	public String name(Field field) {
		Integer column = columns.get(field);
		return column == null ? field.key() : names.get(column);
	}

	/** Company, and filing type unless a filing number can name it. */
	public List<Field> missingRequiredFields() {
		return Arrays.stream(Field.values())
			.filter(f -> f.required() && !columns.containsKey(f))
			.filter(f -> f != Field.FILING_TYPE || !columns.containsKey(Field.FILING_NO))
			.toList();
	}

	/** How many fields the header names: the more, the likelier it is the header. */
	int score() {
		return columns.size();
	}

	public List<String> remarks() {
		return remarks;
	}

}
