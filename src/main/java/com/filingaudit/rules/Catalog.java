package com.filingaudit.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The filing types the audit knows, found by code, Chinese name, English name or alias as analysts write them.
 */
public final class Catalog {

	private final String version;

	private final Escalation escalation;

	private final Map<String, FilingType> byCode = new LinkedHashMap<>();

	private final Map<String, FilingType> byName = new LinkedHashMap<>();

	public Catalog(String version, Collection<FilingType> types) {
		this(version, types, Escalation.DEFAULT);
	}

	public Catalog(String version, Collection<FilingType> types, Escalation escalation) {
		this.version = version;
		this.escalation = escalation;
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

}
