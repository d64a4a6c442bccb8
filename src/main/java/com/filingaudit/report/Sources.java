package com.filingaudit.report;

import com.filingaudit.ingest.Location;
import com.filingaudit.system.Messages;

/** How the report names where a row or file came from: file, sheet and row as the analyst finds them in Excel. */
final class Sources {

	private final Messages messages;

	Sources(Messages messages) {
		this.messages = messages;
	}

	String row(Location location) {
		String row = String.valueOf(location.row());
		return location.sheet().isEmpty() ? messages.get("source.text", location.file(), row)
				: messages.get("source.sheet", location.file(), location.sheet(), row);
	}

	String file(String file, String sheet) {
		return sheet.isEmpty() ? messages.get("source.file", file) : messages.get("source.fileSheet", file, sheet);
	}

}
