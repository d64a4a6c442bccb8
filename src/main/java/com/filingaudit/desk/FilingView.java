package com.filingaudit.desk;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.filingaudit.report.FindingText;
import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.Group;
import com.filingaudit.store.StagedFiling;
import com.filingaudit.system.Messages;

/** A filing as a desk page shows it, in the reader's language. */
public record FilingView(String company, @Nullable String creditCode, String type, @Nullable String filingNo,
		@Nullable String owner, Group group, @Nullable LocalDate deadline, @Nullable Integer daysLeft, String findings,
		String details, String action, String source, @Nullable String identity) {

	static FilingView of(StagedFiling f, FindingText text, Catalog catalog, Messages messages) {
		return of(f, text, catalog, messages, null);
	}

	static FilingView of(StagedFiling f, FindingText text, Catalog catalog, Messages messages,
			@Nullable String identity) {
		String type = catalog.byCode(f.typeCode()).map(t -> t.name(messages.chinese())).orElse(f.typeCode());
		String source = f.location().file() + (f.location().sheet().isEmpty() ? "" : " · " + f.location().sheet())
				+ " · " + f.location().row();
		return new FilingView(f.company(), f.creditCode(), type, f.filingNo(), f.owner(), f.group(), f.deadline(),
				f.daysLeft(), f.findings().stream().map(x -> x.code().name()).collect(Collectors.joining(", ")),
				text.details(f), text.action(f), source, identity);
	}

	/** The CSS class of the filing's group, the workbook's colours. */
	public String groupClass() {
		return "g-" + group.name().toLowerCase(java.util.Locale.ROOT);
	}

}
