package com.filingaudit.rules;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One kind of licence or filing and the rules that keep it alive.
 *
 * @param code stable identifier, e.g. {@code ICP_LICENSE}
 * @param nameZh the Chinese name as the authority prints it
 * @param nameEn the English name used in English reports
 * @param aliases other names analysts write in the type column
 * @param validity statutory term from issue; {@code null} when the regulation sets none (only a date in the row
 * gives an expiry)
 * @param renewalLead how long before expiry the renewal must be filed; {@code null} when there is no renewal rule
 * @param reminderHorizon how long before expiry the analyst wants to hear of it; {@code null} with no renewal rule
 * @param inspection periodic inspection, or {@code null}
 * @param sources where each rule comes from
 */
public record FilingType(String code, String nameZh, String nameEn, List<String> aliases, @Nullable Term validity,
		@Nullable Term renewalLead, @Nullable Term reminderHorizon, @Nullable Inspection inspection,
		List<String> sources) {

	public FilingType {
		aliases = List.copyOf(aliases);
		sources = List.copyOf(sources);
	}

	public boolean hasRenewalRule() {
		return renewalLead != null && reminderHorizon != null;
	}

	public String name(boolean chinese) {
		return chinese ? nameZh : nameEn;
	}

}
