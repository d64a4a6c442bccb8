package com.filingaudit.report;

import java.util.ArrayList;
import java.util.List;

import com.filingaudit.ingest.Location;
import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.Finding;
import com.filingaudit.rules.FilingType;
import com.filingaudit.rules.Term;
import com.filingaudit.store.StagedFiling;
import com.filingaudit.system.Messages;

/** The sentence for each finding: what happened and what to do, by when. */
final class FindingText {

	private final Messages messages;

	private final Catalog catalog;

	private final Sources sources;

	FindingText(Messages messages, Catalog catalog) {
		this.messages = messages;
		this.catalog = catalog;
		this.sources = new Sources(messages);
	}

	String details(StagedFiling filing) {
		FilingType type = catalog.byCode(filing.typeCode()).orElse(null);
		List<String> lines = new ArrayList<>();
		for (Finding finding : filing.findings()) {
			lines.add(sentence(finding, filing, type));
		}
		if (filing.expiryDerived() && type != null && type.validity() != null && !filing.findings().isEmpty()) {
			lines.add(messages.get("detail.derivedExpiry", filing.issueDate(), term(type.validity())));
		}
		return String.join("\n", lines);
	}

	private String sentence(Finding finding, StagedFiling filing, FilingType type) {
		String key = "finding." + finding.code().name();
		return switch (finding.code()) {
			case STATUS_CANCELLED, STATUS_SUSPENDED -> messages.get(key, filing.status());
			case EXPIRED -> messages.get(key, finding.reference());
			case INSPECTION_LAPSED, INSPECTION_OVERDUE -> messages.get(key, finding.reference(), finding.deadline());
			case INSPECTION_DUE -> messages.get(key, finding.reference());
			case RENEWAL_OVERDUE, RENEWAL_DUE -> messages.get(key, finding.reference(), finding.deadline(),
					type == null || type.renewalLead() == null ? "" : term(type.renewalLead()));
			case RENEWAL_SUBMITTED -> messages.get(key, finding.reference(), filing.renewalSubmitted());
			case DUPLICATE_FILING_NO -> messages.get(key,
					filing.conflictWith() == null ? "?" : sources.row(Location.ofKey(filing.conflictWith())));
		};
	}

	String term(Term term) {
		String unit = switch (term.unit()) {
			case DAYS -> "d";
			case WORKING_DAYS -> "wd";
			case MONTHS -> "m";
			case YEARS -> "y";
		};
		return messages.get("term." + unit, term.amount());
	}

}
