package com.filingaudit.report;

import java.util.Locale;
import java.util.Set;

/** Owner names as file names: nothing that leaves the folder, no control characters, not too long, each unique. */
final class OwnerFiles {

	static final int MAX_LENGTH = 60;

	private OwnerFiles() {
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
