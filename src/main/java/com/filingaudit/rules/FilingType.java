package com.filingaudit.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
 * @param reminderHorizon how long before expiry the analyst wants to hear of it (for medical devices, when the
 * renewal window opens); {@code null} with no renewal rule
 * @param lateRenewal what a renewal filed after the deadline means for this type; empty for the general case
 * @param inspection periodic inspection, or {@code null}
 * @param gradedInspections periodic assessment by protection level (等保: level 3 yearly, level 4 half-yearly); a
 * type with these needs the level of each filing
 * @param annualReport the yearly report on the previous year, or {@code null}
 * @param changeDeadline how long after a change of registration the change must be filed
 * @param materials what to prepare, by kind of obligation
 * @param numberPatterns the formats of the numbers the authority issues, matched against
 * {@link Text#numberKey(String)}; empty when unknown
 * @param inferencePatterns looser formats that name this type when a row gives no type (a malformed number can
 * still say what it is); the number patterns when not given
 * @param foreignOwnershipMax the highest foreign shareholding allowed, in percent; {@code null} without a limit
 * @param sources where each rule comes from
 */
public record FilingType(String code, String nameZh, String nameEn, List<String> aliases, @Nullable Term validity,
		@Nullable Term renewalLead, @Nullable Term reminderHorizon, Bilingual lateRenewal,
		@Nullable Inspection inspection, Map<Integer, Inspection> gradedInspections, @Nullable AnnualReport annualReport,
		@Nullable Term changeDeadline, Map<Obligation, Bilingual> materials, List<Pattern> numberPatterns,
		List<Pattern> inferencePatterns, @Nullable Integer foreignOwnershipMax, List<String> sources) {

	public FilingType {
		aliases = List.copyOf(aliases);
		gradedInspections = Map.copyOf(gradedInspections);
		materials = Map.copyOf(materials);
		numberPatterns = List.copyOf(numberPatterns);
		inferencePatterns = inferencePatterns.isEmpty() ? numberPatterns : List.copyOf(inferencePatterns);
		sources = List.copyOf(sources);
	}

	/** A type with only the basic rules: for tests and user catalogs that need no more. */
	public FilingType(String code, String nameZh, String nameEn, List<String> aliases, @Nullable Term validity,
			@Nullable Term renewalLead, @Nullable Term reminderHorizon, @Nullable Inspection inspection,
			List<String> sources) {
		this(code, nameZh, nameEn, aliases, validity, renewalLead, reminderHorizon, Bilingual.NONE, inspection,
				Map.of(), null, null, Map.of(), List.of(), List.of(), null, sources);
	}

	public boolean hasRenewalRule() {
		return renewalLead != null && reminderHorizon != null;
	}

	/** The number fits one of this type's formats, or the type states none. */
	public boolean numberFits(String number) {
		String key = Text.numberKey(number);
		return numberPatterns.isEmpty() || numberPatterns.stream().anyMatch(p -> p.matcher(key).matches());
	}

	boolean namedBy(String number) {
		String key = Text.numberKey(number);
		return inferencePatterns.stream().anyMatch(p -> p.matcher(key).matches());
	}

	public boolean gradedByLevel() {
		return !gradedInspections.isEmpty();
	}

	public Bilingual materials(Obligation obligation) {
		return materials.getOrDefault(obligation, Bilingual.NONE);
	}

	public String name(boolean chinese) {
		return chinese ? nameZh : nameEn;
	}

}
