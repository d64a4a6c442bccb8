package com.filingaudit.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A certificate name that stands for several filing types, as the authorities write it in their disclosures: one
 * 增值电信业务经营许可证 is an ICP licence or an EDI licence according to the business it licenses (许可内容,
 * 业务种类). The types come in the catalog's order, which also says which type a certificate licensing several
 * businesses is audited as.
 *
 * @param name the certificate's name
 * @param businesses per type code, the words of the licensed business that name that type
 */
public record Certificate(String name, Map<String, List<String>> businesses) {

	public Certificate {
		businesses = new LinkedHashMap<>(businesses);
	}

	/**
	 * The codes of the types whose business words the text names, in catalog order.
	 */
	List<String> typesNamedBy(@Nullable String business) {
		List<String> named = new ArrayList<>();
		if (business == null || business.isBlank()) {
			return named;
		}
		String text = Text.fold(business).toLowerCase(Locale.ROOT);
		businesses.forEach((code, words) -> {
			if (words.stream().anyMatch(word -> text.contains(Text.fold(word).toLowerCase(Locale.ROOT)))) {
				named.add(code);
			}
		});
		return named;
	}

	/** A few words of each type's business, for a reason that says what to fill in. */
	public List<String> examples() {
		return businesses.values().stream().filter(words -> !words.isEmpty()).map(words -> words.get(0)).toList();
	}

}
