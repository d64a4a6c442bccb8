package com.filingaudit.ingest;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A header row: the column names as written, and which column holds each field. */
public final class Header {

	private final List<String> names;

	private final Map<Field, Integer> columns;

	private Header(List<String> names, Map<Field, Integer> columns) {
		this.names = names;
		this.columns = columns;
	}

	/** Maps each column to its field; when two columns claim one field, the first wins. */
	public static Header of(List<String> names, ColumnNames columnNames) {
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		for (int i = 0; i < names.size(); i++) {
			int column = i;
			columnNames.fieldOf(names.get(i)).ifPresent(field -> columns.putIfAbsent(field, column));
		}
		return new Header(List.copyOf(names), columns);
	}

	public Optional<Integer> column(Field field) {
		return Optional.ofNullable(columns.get(field));
	}

	/** The column's name as written in the file. */
	public String name(Field field) {
		Integer column = columns.get(field);
		return column == null ? field.key() : names.get(column);
	}

	public List<Field> missingRequiredFields() {
		return Arrays.stream(Field.values()).filter(f -> f.required() && !columns.containsKey(f)).toList();
	}

}
