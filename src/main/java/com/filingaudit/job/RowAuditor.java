package com.filingaudit.job;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.filingaudit.ingest.RowParser;
import com.filingaudit.ingest.SourceRow;
import com.filingaudit.rules.Rules;

/** Parses a row and applies the rules to it as of the run's date. Every row comes out as some outcome. */
class RowAuditor implements ItemProcessor<SourceRow, RowOutcome> {

	private final RowParser parser;

	private final Rules rules;

	private final LocalDate asOf;

	RowAuditor(RowParser parser, Rules rules, LocalDate asOf) {
		this.parser = parser;
		this.rules = rules;
		this.asOf = asOf;
	}

	@Override
	public RowOutcome process(SourceRow item) {
		if (item instanceof SourceRow.Notice notice) {
			return new RowOutcome.FileNotice(notice);
		}
		if (item instanceof SourceRow.Discard discard) {
			return new RowOutcome.Discarded(discard);
		}
		SourceRow.Row row = (SourceRow.Row) item;
		return row.isBlank() ? new RowOutcome.Blank(row.location()) : audit(row);
	}

	private RowOutcome audit(SourceRow.Row row) {
		RowParser.Result result = parser.parse(row);
		if (result.filing() == null) {
			return new RowOutcome.Rejected(row.location(), result.filingNo(), result.problems());
		}
		return new RowOutcome.Audited(row.location(), rules.assess(result.filing(), asOf), row.ordinal());
	}

}
