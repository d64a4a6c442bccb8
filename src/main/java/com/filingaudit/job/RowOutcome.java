package com.filingaudit.job;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.filingaudit.ingest.Location;
import com.filingaudit.ingest.RowParser;
import com.filingaudit.ingest.SourceRow;
import com.filingaudit.rules.Assessment;

/** What became of one row read: audited, rejected, blank; or a notice about its file. */
sealed interface RowOutcome {

	record Audited(Location location, Assessment assessment, int ordinal) implements RowOutcome {
	}

	record Rejected(Location location, @Nullable String filingNo, List<RowParser.Problem> problems)
			implements RowOutcome {
	}

	record Blank(Location location) implements RowOutcome {
	}

	record FileNotice(SourceRow.Notice notice) implements RowOutcome {
	}

	record Discarded(SourceRow.Discard discard) implements RowOutcome {
	}

}
