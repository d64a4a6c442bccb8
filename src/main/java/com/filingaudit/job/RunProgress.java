package com.filingaudit.job;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * How far the running audit has got.
 *
 * @param step the step under way: {@code audit}, {@code supersede}, {@code history} or {@code report}
 * @param files each file's rows read so far, in the order the files were started
 */
public record RunProgress(long executionId, LocalDate asOf, Duration elapsed, String step, List<FileProgress> files) {

	/** @param done whether the file has been read to its end */
	public record FileProgress(String name, long read, boolean done) {
	}

}
