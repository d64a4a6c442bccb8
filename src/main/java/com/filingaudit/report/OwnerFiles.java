package com.filingaudit.report;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Owner names as file names: nothing that leaves the folder, no control characters, not too long, each unique. */
public final class OwnerFiles {

	static final int MAX_LENGTH = 60;

	private OwnerFiles() {
	}

	/**
	 * The file name (without .xlsx) of each owner's workbook in a run's folder, in the order the run writes them.
	 *
	 * @param owners the run's owners by name, {@code null} for filings with none
	 * @param unassigned the name of the workbook of filings with no owner
	 */
	public static Map<String, String> names(List<String> owners, String unassigned) {
		Map<String, String> names = new LinkedHashMap<>();
		Set<String> used = new HashSet<>();
		for (String owner : owners) {
			names.put(owner == null ? "" : owner, safeName(owner == null ? unassigned : owner, used));
		}
		return names;
	}

	/** A name as a file name of its own, with nothing that leaves the folder. */
	public static String fileName(String name) {
		return safeName(name, new HashSet<>());
	}

	static String safeName(String owner, Set<String> used) {
		String name = owner.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip();
		name = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
		if (name.length() > MAX_LENGTH) {
			name = name.substring(0, MAX_LENGTH);
		}
		if (name.isEmpty() || name.matches("(?i)(con|prn|aux|nul|com\\d|lpt\\d)")) {
			name = "_" + name;
		}
		String unique = name;
		for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) {
			unique = name + "-" + n;
		}
		return unique;
	}

}
