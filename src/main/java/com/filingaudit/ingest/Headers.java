package com.filingaudit.ingest;

import java.util.stream.Collectors;

import com.filingaudit.system.Messages;

/** Why a row is not a register's header. */
final class Headers {

	private Headers() {
	}

	static String missingReason(Header header, ColumnNames columnNames, Messages messages) {
		String missing = header.missingRequiredFields()
			.stream()
			.map(field -> String.join(" / ", columnNames.namesOf(field)))
			.collect(Collectors.joining("; "));
		return messages.get("notice.noHeader", missing);
	}

}
