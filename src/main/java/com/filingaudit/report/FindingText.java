package com.filingaudit.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.filingaudit.ingest.Location;
import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.CreditCodes;
import com.filingaudit.rules.Finding;
import com.filingaudit.rules.FilingType;
import com.filingaudit.rules.Obligation;
import com.filingaudit.rules.Statements;
import com.filingaudit.rules.Term;
import com.filingaudit.store.StagedFiling;
import com.filingaudit.system.Messages;

/** The sentence for each finding: what happened and what to do, by when. */
public final class FindingText {

	private final Messages messages;

	private final Catalog catalog;

	private final Sources sources;

	public FindingText(Messages messages, Catalog catalog) {
		this.messages = messages;
		this.catalog = catalog;
		this.sources = new Sources(messages);
	}

	/** A sentence per finding, and how the expiry was found. */
	public String details(StagedFiling filing) {
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

	/** What to prepare: the catalog's materials for each obligation the findings concern, in the report's language. */
	public String action(StagedFiling filing) {
		FilingType type = catalog.byCode(filing.typeCode()).orElse(null);
		Set<Obligation> obligations = EnumSet.noneOf(Obligation.class);
		filing.findings().forEach(f -> obligations.add(f.code().obligation()));
		List<String> lines = new ArrayList<>();
		for (Obligation obligation : obligations) {
			List<String> materials = type == null ? List.of() : type.materials(obligation).in(messages.chinese());
			if (!materials.isEmpty()) {
				lines.add(String.join(messages.get("detail.separator"), materials));
			}
		}
		return String.join("\n", lines);
	}

	/** The sentence for one finding. */
	public String sentence(Finding finding, StagedFiling filing) {
		return sentence(finding, filing, catalog.byCode(filing.typeCode()).orElse(null));
	}

	private String sentence(Finding finding, StagedFiling filing, FilingType type) {
		String key = "finding." + finding.code().name();
		return switch (finding.code()) {
			case STATUS_CANCELLED -> Statements.cancelledStatus(filing.status()) ? messages.get(key, filing.status())
					: messages.get(key + ".byRemark");
			case STATUS_SUSPENDED, STATUS_UNKNOWN -> messages.get(key, filing.status());
			case EXPIRED -> messages.get(key, finding.reference());
			case INSPECTION_LAPSED, INSPECTION_OVERDUE -> messages.get(key, finding.reference(), finding.deadline());
			case INSPECTION_DUE -> messages.get(key, finding.reference());
			case RENEWAL_OVERDUE, RENEWAL_DUE -> messages.get(key, finding.reference(), finding.deadline(),
					type == null || type.renewalLead() == null ? "" : term(type.renewalLead()));
			case RENEWAL_SUBMITTED -> messages.get(key, finding.reference(), filing.renewalSubmitted());
			case RENEWAL_PENDING_DECISION -> messages.get(key, finding.reference(), filing.renewalSubmitted());
			case RENEWAL_LATE -> messages.get(key, filing.renewalSubmitted(), finding.reference(), lateMeaning(type),
					finding.deadline());
			case ANNUAL_REPORT_DUE, ANNUAL_REPORT_OVERDUE -> messages.get(key,
					String.valueOf(finding.reference().getYear() - 1), finding.deadline(), finding.reference());
			case ASSESSMENT_UNKNOWN -> messages.get(key);
			case CHANGE_FILING_DUE, CHANGE_NOT_FILED -> messages.get(key, finding.reference(), finding.deadline());
			case INVALID_CREDIT_CODE -> messages.get(key, filing.creditCode(), creditCheck(filing.creditCode()));
			case LEGACY_CREDIT_CODE, ENTITY_RENAMED -> messages.get(key);
			case INVALID_FILING_NO -> messages.get(key, filing.filingNo());
			case VALIDITY_MISMATCH -> messages.get(key, filing.expiry(),
					type == null || type.validity() == null ? "" : term(type.validity()), finding.reference());
			case FOREIGN_OWNERSHIP_BARRED -> messages.get(key,
					type == null || type.foreignOwnershipMax() == null ? "" : String.valueOf(type.foreignOwnershipMax()));
			case TYPE_INFERRED, SEVERAL_BUSINESSES ->
				messages.get(key, type == null ? filing.typeCode() : type.name(messages.chinese()));
			case DUPLICATE_FILING_NO -> messages.get(key,
					filing.conflictWith() == null ? "?" : sources.row(Location.ofKey(filing.conflictWith())));
		};
	}

	private String creditCheck(String code) {
		CreditCodes.Check check = CreditCodes.check(code);
		return messages.get("credit." + check.kind().name(), check.detail() == null ? "" : check.detail());
	}

	private String lateMeaning(FilingType type) {
		List<String> meaning = type == null ? List.of() : type.lateRenewal().in(messages.chinese());
		return meaning.isEmpty() ? messages.get("detail.lateRenewal") : String.join(" ", meaning);
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
