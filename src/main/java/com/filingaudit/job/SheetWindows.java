package com.filingaudit.job;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.filingaudit.ingest.Location;

/**
 * A run's staged rows walked sheet by sheet, a window of row numbers at a time (a range of the primary key), for a
 * step that works one window per transaction (one tasklet call): the cost of a transaction follows the window, not the
 * run. Where the walk has got to is kept in the step's context, saved with each window's work, so that a restarted step
 * goes on from the first window not done.
 */
final class SheetWindows {

	/** One sheet's rows numbered in {@code (after, upTo]}. */
	record Window(Location sheet, int after, int upTo) {
	}

	private static final String SHEETS = "sheets";

	/** Between the sheets in the step's context: a character no file name holds. */
	private static final String SHEET_SEPARATOR = "\u001E";

	private static final String SHEET_AT = "sheetAt";

	private static final String ROW_AT = "rowAt";

	private final ExecutionContext at;

	private final List<Location> sheets;

	private final int rows;

	private SheetWindows(ExecutionContext at, List<Location> sheets, int rows) {
		this.at = at;
		this.sheets = sheets;
		this.rows = rows;
	}

	/**
	 * The walk kept in {@code at}, or a new one over the sheets {@code lastRows} names (each with its last row).
	 *
	 * @param rows rows per window
	 */
	static SheetWindows in(ExecutionContext at, int rows, Supplier<List<Location>> lastRows) {
		if (!at.containsKey(SHEETS)) {
			at.putString(SHEETS, String.join(SHEET_SEPARATOR, lastRows.get().stream().map(Location::key).toList()));
			at.putInt(SHEET_AT, 0);
			at.putInt(ROW_AT, 0);
		}
		List<Location> sheets = at.getString(SHEETS).isEmpty() ? List.of()
				: Arrays.stream(at.getString(SHEETS).split(SHEET_SEPARATOR)).map(Location::ofKey).toList();
		return new SheetWindows(at, sheets, rows);
	}

	/** The first window not done; empty when every sheet has been walked. */
	Optional<Window> next() {
		int sheetAt = at.getInt(SHEET_AT);
		if (sheetAt >= sheets.size()) {
			return Optional.empty();
		}
		Location sheet = sheets.get(sheetAt);
		int after = at.getInt(ROW_AT);
		return Optional.of(new Window(sheet, after, (int) Math.min((long) after + rows, sheet.row())));
	}

	/** Marks a window done: call in the transaction that did its work. */
	void done(Window window) {
		boolean sheetDone = window.upTo() >= window.sheet().row();
		at.putInt(SHEET_AT, at.getInt(SHEET_AT) + (sheetDone ? 1 : 0));
		at.putInt(ROW_AT, sheetDone ? 0 : window.upTo());
	}

	/** Row numbers walked so far, of {@link #rows()}: the step's progress. */
	long walked() {
		int sheetAt = at.getInt(SHEET_AT);
		return sheets.subList(0, Math.min(sheetAt, sheets.size())).stream().mapToLong(Location::row).sum()
				+ at.getInt(ROW_AT);
	}

	long rows() {
		return sheets.stream().mapToLong(Location::row).sum();
	}

}
