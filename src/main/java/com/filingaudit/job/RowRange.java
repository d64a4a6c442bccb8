package com.filingaudit.job;

import java.util.ArrayList;
import java.util.List;

/**
 * A part of a register file read by one partition: its reader's items from {@code first} to {@code end}, exclusive.
 * The last range of a file is open-ended ({@link #OPEN}), so an estimate too low loses no row, and one too high only
 * leaves a range empty.
 */
record RowRange(int first, int end) {

	static final int OPEN = Integer.MAX_VALUE;

	/**
	 * The ranges to read a file of about {@code rows} rows in: one per worker, each of {@code minRows} or more, so a
	 * file of fewer than twice that is one range, the whole file.
	 */
	static List<RowRange> of(long rows, int workers, int minRows) {
		int count = (int) Math.max(1, Math.min(workers, rows / minRows));
		long size = (rows + count - 1) / count;
		List<RowRange> ranges = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ranges.add(new RowRange(Math.toIntExact(i * size),
					i == count - 1 ? OPEN : Math.toIntExact((i + 1) * size)));
		}
		return ranges;
	}

}
