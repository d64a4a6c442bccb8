package com.filingaudit.ingest;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.filingaudit.rules.Text;

/**
 * The header names that identify each field. A header matches a name ignoring case, spaces, punctuation, full- and
 * half-width forms and any text in parentheses ({@code 企业名称（全称）} is {@code 企业名称}); a header that only
 * contains names ({@code 证书有效期至} contains {@code 有效期至} and {@code 有效期}) takes the field of the longest.
 */
public final class ColumnNames {

	private final Map<String, Field> byKey = new HashMap<>();

	private final Map<Field, List<String>> names = new EnumMap<>(Field.class);

	public ColumnNames(Map<Field, List<String>> names) {
		names.forEach((field, list) -> {
			this.names.put(field, List.copyOf(list));
			for (String name : list) {
				Field previous = byKey.putIfAbsent(key(name), field);
				if (previous != null && previous != field) {
					throw new IllegalArgumentException(
							"the column name '" + name + "' is given to both " + previous.key() + " and " + field.key());
				}
			}
		});
	}

	/** How one header cell matched. */
	record Match(Set<Field> fields, boolean exact) {

		static final Match NONE = new Match(Set.of(), false);

		boolean ambiguous() {
			return fields.size() > 1;
		}

		Field field() {
			return fields.iterator().next();
		}

	}

	Match match(String header) {
		String key = key(header);
		if (key.isEmpty()) {
			return Match.NONE;
		}
		Field exact = byKey.get(key);
		if (exact != null) {
			return new Match(Set.of(exact), true);
		}
		int longest = 0;
		Set<Field> fields = new LinkedHashSet<>();
		for (Map.Entry<String, Field> name : byKey.entrySet()) {
			int length = name.getKey().length();
			if (length >= 2 && length >= longest && key.contains(name.getKey())) {
				if (length > longest) {
					fields.clear();
					longest = length;
				}
				fields.add(name.getValue());
			}
		}
		return fields.isEmpty() ? Match.NONE : new Match(Set.copyOf(fields), false);
	}

	/** The field a header names, when it names exactly one. */
	public Optional<Field> fieldOf(String header) {
		Match match = match(header);
		return match.fields().size() == 1 ? Optional.of(match.field()) : Optional.empty();
	}

	/** The names of a field, in catalog order: the first is the one used in messages. */
	public List<String> namesOf(Field field) {
		return names.getOrDefault(field, List.of());
	}

	/**
	 * Where a header stands among its field's names: when two columns name one field, the name earlier in the catalog
	 * wins ({@code 许可证书名称} over {@code 许可类别}, which names a type only in some exports).
	 */
	int rank(Field field, String header) {
		String key = key(header);
		List<String> list = namesOf(field);
		for (int i = 0; i < list.size(); i++) {
			if (key(list.get(i)).equals(key)) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	/** The comparable form of a header: parenthesised text dropped, then {@link Text#key(String)}. */
	static String key(String header) {
		String folded = Text.fold(header);
		return Text.key(folded.replaceAll("\\([^()]*\\)|\\[[^\\[\\]]*\\]|【[^【】]*】|〔[^〔〕]*〕", ""));
	}


}
