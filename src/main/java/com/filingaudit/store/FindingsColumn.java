package com.filingaudit.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.filingaudit.rules.Finding;
import com.filingaudit.rules.FindingCode;

/** How a filing's findings are kept in one column: {@code CODE@deadline@reference;...}. */
final class FindingsColumn {

	private FindingsColumn() {
	}

	static String encode(List<Finding> findings) {
		return findings.stream()
			.map(f -> f.code().name() + "@" + f.deadline() + "@" + (f.reference() == null ? "" : f.reference()))
			.collect(Collectors.joining(";"));
	}

	static List<Finding> decode(String column) {
		List<Finding> findings = new ArrayList<>();
		if (column.isEmpty()) {
			return findings;
		}
		for (String entry : column.split(";")) {
			if (entry.isEmpty()) {
				continue;
			}
			String[] parts = entry.split("@", -1);
			findings.add(new Finding(FindingCode.valueOf(parts[0]), LocalDate.parse(parts[1]),
					parts[2].isEmpty() ? null : LocalDate.parse(parts[2])));
		}
		return findings;
	}

}
