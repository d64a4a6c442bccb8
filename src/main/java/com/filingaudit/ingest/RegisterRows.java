package com.filingaudit.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.filingaudit.system.Messages;

/**
 * The register rows of one file, sheet after sheet. In each sheet the header is looked for in the first
 * {@value HeaderMatcher#SEARCH_ROWS} rows; rows above it (titles, export notes) are passed over, every row below it
 * is handed out. A sheet with no header, or hidden, is passed over with a notice; a file where no sheet holds a
 * register is refused.
 */
final class RegisterRows implements RowSource {

	private final String file;

	private final RawSheets sheets;

	private final IngestOptions options;

	private final Messages messages;

	private final Deque<SourceRow> pending = new ArrayDeque<>();

	private @Nullable RawSheet sheet;

	private @Nullable Header header;

	private int sheetsRead;

	private int ordinal;

	private boolean finished;

	/** The file was already refused with its reason. */
	private boolean refused;

	RegisterRows(String file, RawSheets sheets, IngestOptions options) {
		this.file = file;
		this.sheets = sheets;
		this.options = options;
		this.messages = options.messages();
	}

	@Override
	public @Nullable SourceRow next() throws IOException {
		while (pending.isEmpty() && !finished) {
			if (sheet == null) {
				openNextSheet();
			}
			else {
				RawSheet.RawRow raw = sheet.nextRow();
				if (raw == null) {
					sheet = null;
				}
				else {
					pending.add(row(raw));
				}
			}
		}
		return pending.poll();
	}

	@Override
	public int skip(int items) throws IOException {
		int skipped = 0;
		while (skipped < items) {
			if (!pending.isEmpty()) {
				pending.poll();
				skipped++;
			}
			else if (finished) {
				break;
			}
			else if (sheet == null) {
				openNextSheet();
			}
			else if (sheet.skipRow()) {
				ordinal++;
				skipped++;
			}
			else {
				sheet = null;
			}
		}
		return skipped;
	}

	private void openNextSheet() throws IOException {
		RawSheet next = sheets.nextSheet();
		if (next == null) {
			finished = true;
			if (sheetsRead == 0 && !refused) {
				pending.add(new SourceRow.Notice(file, "", true, messages.get("notice.noSheet")));
			}
			return;
		}
		if (next.hidden() && !options.hiddenSheets()) {
			pending.add(new SourceRow.Notice(file, next.name(), false, messages.get("notice.hiddenSheet")));
			return;
		}
		List<RawSheet.RawRow> top = new ArrayList<>();
		RawSheet.RawRow raw;
		while (top.size() < HeaderMatcher.SEARCH_ROWS && (raw = next.nextRow()) != null) {
			top.add(raw);
		}
		Optional<Header> found = options.headers().find(top);
		if (found.isEmpty()) {
			boolean text = next.name().isEmpty();
			boolean empty = top.stream().allMatch(RawSheet.RawRow::isBlank);
			String reason = empty ? messages.get(text ? "notice.emptyFile" : "notice.emptySheet")
					: options.headers().whyNoHeader(top);
			pending.add(new SourceRow.Notice(file, next.name(), text, reason));
			refused = text;
			return;
		}
		header = found.get();
		sheet = next;
		sheetsRead++;
		List<String> remarks = new ArrayList<>();
		remarks.add(messages.get("notice.headerRow", header.row()));
		remarks.addAll(header.remarks());
		if (!header.has(Field.LAST_ANNUAL_REPORT)) {
			remarks.add(messages.get("notice.noAnnualReports"));
		}
		pending.add(new SourceRow.Notice(file, next.name(), false, String.join(" ", remarks)));
		for (RawSheet.RawRow row : top) {
			if (row.number() > header.row()) {
				pending.add(row(row));
			}
		}
	}

	private SourceRow.Row row(RawSheet.RawRow raw) {
		return new SourceRow.Row(new Location(file, sheet == null ? "" : sheet.name(), raw.number()), header,
				raw.values(), ++ordinal);
	}

	@Override
	public double fractionRead() {
		return sheets.fractionRead();
	}

	@Override
	public void close() throws IOException {
		sheets.close();
	}

}
