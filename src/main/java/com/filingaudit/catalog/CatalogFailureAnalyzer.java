package com.filingaudit.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A catalog or calendar that cannot be used stops the start with its file, line and what is wrong, not a stack trace. */
class CatalogFailureAnalyzer extends AbstractFailureAnalyzer<CatalogException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CatalogException cause) {
		return new FailureAnalysis("The filing catalog or working-day calendar cannot be used: " + cause.getMessage(),
				"Correct that file (audit.catalog or audit.calendar) at that line and start again.", cause);
	}

}
