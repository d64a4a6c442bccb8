package com.filingaudit.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The filing types the audit knows, found by code, Chinese name, English name or alias as analysts write them.
 */
public final class Catalog {

	private final String version;

	private final Escalation escalation;

	private final Map<String, FilingType> byCode = new LinkedHashMap<>();

	private final Map<String, FilingType> byName = new LinkedHashMap<>();

	private final Map<String, Certificate> certificates = new LinkedHashMap<>();

	private final Map<String, String> statusCodes;

	public Catalog(String version, Collection<FilingType> types) {
		this(version, types, Escalation.DEFAULT);
	}

	public Catalog(String version, Collection<FilingType> types, Escalation escalation) {
		this(version, types, escalation, List.of());
	}

	public Catalog(String version, Collection<FilingType> types, Escalation escalation,
			Collection<Certificate> certificates) {
		this(version, types, escalation, certificates, Map.of());
	}

	/**
	 * @param statusCodes numeric status codes of a published data standard, each with the status word it stands for
	 */
	public Catalog(String version, Collection<FilingType> types, Escalation escalation,
			Collection<Certificate> certificates, Map<String, String> statusCodes) {
		this.version = version;
		this.escalation = escalation;
		this.statusCodes = Map.copyOf(statusCodes);
		statusCodes.forEach((code, word) -> {
			if (!Statements.understood(word)) {
				throw new IllegalArgumentException("the status code " + code + " stands for '" + word
						+ "', which the audit does not understand as in force, cancelled or suspended");
			}
		});
		for (FilingType type : types) {
			if (byCode.putIfAbsent(type.code(), type) != null) {
				throw new IllegalArgumentException("filing type " + type.code() + " is defined twice");
			}
		}
		for (FilingType type : types) {
			index(type.code(), type);
			index(type.nameZh(), type);
			index(type.nameEn(), type);
			type.aliases().forEach(alias -> index(alias, type));
		}
		for (Certificate certificate : certificates) {
			for (String code : certificate.businesses().keySet()) {
				if (!byCode.containsKey(code)) {
					throw new IllegalArgumentException("the certificate " + certificate.name() + " names the unknown type "
							+ code);
				}
			}
			if (byName.containsKey(Text.key(certificate.name()))) {
				throw new IllegalArgumentException("the certificate name '" + certificate.name()
						+ "' is already the name of a type");
			}
			this.certificates.put(Text.key(certificate.name()), certificate);
		}
	}

	private void index(String name, FilingType type) {
		FilingType previous = byName.putIfAbsent(Text.key(name), type);
		if (previous != null && previous != type) {
			throw new IllegalArgumentException(
					"the name '" + name + "' is used by both " + previous.code() + " and " + type.code());
		}
	}

	public Optional<FilingType> find(String typeText) {
		return Optional.ofNullable(byName.get(Text.key(typeText)));
	}

	/**
	 * The type a register's type column names. A certificate name that stands for several types is decided by the
	 * licensed business, then by the filing number's format; a business that names several of them is one licence,
	 * audited as the first in the catalog's order.
	 */
	public TypeChoice choose(String typeText, @Nullable String business, @Nullable String filingNo) {
		Optional<FilingType> named = find(typeText);
		if (named.isPresent()) {
			return new TypeChoice(named.get(), false, null);
		}
		Certificate certificate = certificates.get(Text.key(typeText));
		if (certificate == null) {
			return new TypeChoice(null, false, null);
		}
		List<String> byBusiness = certificate.typesNamedBy(business);
		if (!byBusiness.isEmpty()) {
			return new TypeChoice(byCode.get(byBusiness.get(0)), byBusiness.size() > 1, null);
		}
		List<FilingType> byNumber = filingNo == null ? List.of()
				: certificate.businesses().keySet().stream().map(byCode::get).filter(t -> t.namedBy(filingNo)).toList();
		if (byNumber.size() == 1) {
			return new TypeChoice(byNumber.get(0), false, null);
		}
		return new TypeChoice(null, false, certificate);
	}

	/**
	 * What a type column names.
	 *
	 * @param type the type, or {@code null} when the text names none or cannot be decided
	 * @param severalBusinesses the licensed business names several types of one certificate
	 * @param undecided the certificate whose type neither the business nor the number decides
	 */
	public record TypeChoice(@Nullable FilingType type, boolean severalBusinesses, @Nullable Certificate undecided) {
	}

	/** The types a certificate stands for, in catalog order. */
	public List<FilingType> typesOf(Certificate certificate) {
		return certificate.businesses().keySet().stream().map(byCode::get).toList();
	}

	/** The one type whose number format a filing number fits; empty when none or several do. */
	public Optional<FilingType> inferFromNumber(String number) {
		List<FilingType> fitting = byCode.values().stream().filter(t -> t.namedBy(number)).toList();
		return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
	}

	public Optional<FilingType> byCode(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	public List<FilingType> types() {
		return List.copyOf(byCode.values());
	}

	public String version() {
		return version;
	}

	public Escalation escalation() {
		return escalation;
	}

	/**
	 * A status as the audit reads it: a numeric code of the data standard with the word it stands for
	 * ({@code 2（无效）}), any other status as written.
	 */
	public @Nullable String statusText(@Nullable String status) {
		String word = status == null ? null : statusCodes.get(Text.fold(status).strip());
		return word == null ? status : status.strip() + "（" + word + "）";
	}

}
