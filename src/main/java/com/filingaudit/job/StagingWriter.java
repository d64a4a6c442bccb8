package com.filingaudit.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.filingaudit.ingest.Location;
import com.filingaudit.ingest.RowParser;
import com.filingaudit.ingest.SourceRow;
import com.filingaudit.store.AuditStore;
import com.filingaudit.store.FileAccount;
import com.filingaudit.store.StagedRejection;

/**
 * Stages a chunk of outcomes: audited filings, rejected rows, unreadable files and remarks, and the chunk's counts on
 * each file's account; a file that changed while it was read is marked to be discarded. All in the chunk's
 * transaction, with the reader's position: a resumed run neither loses nor repeats a row.
 */
class StagingWriter implements ItemWriter<RowOutcome> {

	private final AuditStore store;

	private final long instanceId;

	private final LocalDate asOf;

	private final long fileModified;

	StagingWriter(AuditStore store, long instanceId, LocalDate asOf, long fileModified) {
		this.store = store;
		this.instanceId = instanceId;
		this.asOf = asOf;
		this.fileModified = fileModified;
	}

	@Override
	public void write(Chunk<? extends RowOutcome> chunk) {
		SourceRow.@Nullable Discard discard = null;
		List<AuditStore.AuditedRow> audited = new ArrayList<>();
		List<StagedRejection> rejections = new ArrayList<>();
		Map<String, Tally> tallies = new LinkedHashMap<>();
		for (RowOutcome outcome : chunk) {
			if (outcome instanceof RowOutcome.Audited a) {
				audited.add(new AuditStore.AuditedRow(a.location(), a.assessment(), fileModified, a.ordinal()));
				Tally tally = tally(tallies, a.location());
				tally.audited++;
				tally.lastAudited = Math.max(tally.lastAudited, a.location().row());
			}
			else if (outcome instanceof RowOutcome.Rejected r) {
				rejections.add(rejection(r));
				tally(tallies, r.location()).rejected++;
			}
			else if (outcome instanceof RowOutcome.Blank b) {
				tally(tallies, b.location()).blank++;
			}
			else if (outcome instanceof RowOutcome.FileNotice n) {
				SourceRow.Notice notice = n.notice();
				if (notice.unreadable()) {
					rejections.add(new StagedRejection(notice.file(), notice.sheet(), 0, null, null, null,
							notice.reason()));
				}
				tallies.computeIfAbsent(notice.file() + "\u0000" + notice.sheet(),
						k -> new Tally(notice.file(), notice.sheet())).note = notice.reason();
			}
			else if (outcome instanceof RowOutcome.Discarded d) {
				discard = d.discard();
			}
		}
		if (discard != null) {
			// other ranges of the file may still be staging rows: the file is discarded once all have ended
			store.markForDiscard(instanceId, discard.file(), discard.reason());
			return;
		}
		store.saveAudited(instanceId, asOf, audited);
		store.saveRejections(instanceId, rejections);
		tallies.values().forEach(t -> store.addToAccount(instanceId, t.account()));
	}

	private static StagedRejection rejection(RowOutcome.Rejected r) {
		List<RowParser.Problem> problems = r.problems();
		return new StagedRejection(r.location().file(), r.location().sheet(), r.location().row(), r.filingNo(),
				problems.stream().map(RowParser.Problem::column).distinct().collect(Collectors.joining(", ")),
				problems.stream()
					.map(RowParser.Problem::value)
					.filter(v -> !v.isBlank())
					.distinct()
					.collect(Collectors.joining(" | ")),
				problems.stream().map(RowParser.Problem::reason).distinct().collect(Collectors.joining("; ")));
	}

	private static Tally tally(Map<String, Tally> tallies, Location location) {
		Tally tally = tallies.computeIfAbsent(location.file() + "\u0000" + location.sheet(),
				k -> new Tally(location.file(), location.sheet()));
		tally.read++;
		return tally;
	}

	/** One file's or sheet's counts within a chunk. */
	private static final class Tally {

		private final String file;

		private final String sheet;

		private int read;

		private int audited;

		private int rejected;

		private int blank;

		private int lastAudited;

		private @Nullable String note;

		Tally(String file, String sheet) {
			this.file = file;
			this.sheet = sheet;
		}

		FileAccount account() {
			return new FileAccount(file, sheet, read, audited, rejected, blank, note, lastAudited);
		}

	}

}
