package com.filingaudit.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.filingaudit.rules.Text;

/** The header names that identify each field, compared as {@link Text#key(String)}. */
public final class ColumnNames {

	private final Map<String, Field> byKey = new HashMap<>();

	private final Map<Field, List<String>> names = new EnumMap<>(Field.class);

	public ColumnNames(Map<Field, List<String>> names) {
		names.forEach((field, list) -> {
			this.names.put(field, List.copyOf(list));
			for (String name : list) {
				Field previous = byKey.putIfAbsent(Text.key(name), field);
				if (previous != null && previous != field) {
					throw new IllegalArgumentException(
							"the column name '" + name + "' is given to both " + previous.key() + " and " + field.key());
				}
			}
		});
	}

	public Optional<Field> fieldOf(String header) {
		return Optional.ofNullable(byKey.get(Text.key(header)));
	}

	/** The names of a field, in catalog order: the first is the one used in messages. */
	public List<String> namesOf(Field field) {
		return names.getOrDefault(field, List.of());
	}

	public static ColumnNames merge(ColumnNames base, Map<Field, List<String>> added) {
		Map<Field, List<String>> merged = new EnumMap<>(Field.class);
		base.names.forEach((field, list) -> merged.put(field, new ArrayList<>(list)));
		added.forEach((field, list) -> merged.computeIfAbsent(field, f -> new ArrayList<>()).addAll(list));
		return new ColumnNames(merged);
	}

}
