package com.filingaudit.job;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How far the running audit has got: the figures the log prints every few seconds, for the desk.
 *
 * @param step the step under way: {@code audit}, {@code supersede}, {@code history}, {@code remind} or
 * {@code report}; empty before the first
 * @param stage what the step has done of what, where it tells: lapses dated, the report's workbooks
 * @param files each file's rows, in the order the files were begun
 */
public record RunProgress(long executionId, LocalDate asOf, Duration elapsed, String step, Duration stepElapsed,
		@Nullable Stage stage, List<FileProgress> files) {

	/**
	 * One file's rows read, of how many, how fast, how long still.
	 *
	 * @param total the file's rows: exact once it has been read ({@code done}), else estimated from the share of it
	 * read so far (bytes of a text file, declared rows of a workbook); 0 when not known
	 * @param rate rows per second, 0 before it can be told
	 * @param left time still to read the file, {@code null} when not known
	 */
	public record FileProgress(String name, long rows, long total, boolean done, long rate, @Nullable Duration left) {

		/** Shorter than this, a rate says little. */
		private static final long MEASURED_ENOUGH = 500_000_000L;

		/**
		 * The figures from the counts.
		 *
		 * @param fractionRead the share of the file read, 0 to 1, {@code NaN} when not known
		 * @param rowsTimed rows read in {@code nanosTimed}: of this attempt only, a resumed run skips the rest
		 */
		static FileProgress of(String name, long rows, double fractionRead, boolean done, long rowsTimed,
				long nanosTimed) {
			long total = done ? rows : estimate(rows, fractionRead);
			long rate = nanosTimed < MEASURED_ENOUGH || rowsTimed == 0 ? 0
					: significant(rowsTimed * 1_000_000_000.0 / nanosTimed);
			Duration left = done ? Duration.ZERO
					: total == 0 || rate == 0 ? null : Duration.ofSeconds((total - rows + rate - 1) / rate);
			return new FileProgress(name, rows, total, done, rate, left);
		}

		/** Three significant figures (1,003,456 is about 1,000,000): more would claim a precision it has not. */
		private static long estimate(long rows, double fractionRead) {
			if (rows == 0 || !(fractionRead > 0)) {
				return 0;
			}
			return Math.max(rows, significant(rows / Math.min(1, fractionRead)));
		}

		private static long significant(double value) {
			if (value < 1000) {
				return Math.round(value);
			}
			double unit = Math.pow(10, Math.floor(Math.log10(value)) - 2);
			return Math.round(value / unit) * (long) unit;
		}

		/** Of the total, in whole percents; short of 100 until the file has been read. */
		public int percent() {
			if (total == 0) {
				return 0;
			}
			int percent = (int) (100 * rows / total);
			return done ? percent : Math.min(99, percent);
		}

		/**
		 * As the log prints it: {@code 客户台账.csv: 412,000 of ~1,000,000 rows (41 %), 18,300 rows/s, about 32 s
		 * left}.
		 */
		String line() {
			StringBuilder line = new StringBuilder(name).append(": ").append(number(rows));
			if (total > 0) {
				line.append(" of ").append(done ? "" : "~").append(number(total)).append(" rows (")
					.append(percent()).append(" %)");
			}
			else {
				line.append(" rows");
			}
			if (rate > 0) {
				line.append(", ").append(number(rate)).append(" rows/s");
			}
			if (left != null && !left.isZero()) {
				line.append(", about ").append(roughly(left)).append(" left");
			}
			return line.toString();
		}

	}

	/**
	 * What a step after the audit has done of what.
	 *
	 * @param what {@code lapses} (dated), {@code reminders} (rows planned), {@code digests} (the reminders' emails),
	 * {@code workbook} (the main one), {@code findings} (findings.csv) or {@code owners} (their workbooks)
	 * @param total 0 when the step cannot tell
	 */
	public record Stage(String what, long done, long total) {

		/** As the log prints it: {@code owners' workbooks 3 of 8}. */
		String line() {
			String of = number(done) + " of " + number(total);
			return switch (what) {
				case "lapses" -> of + " lapses dated" + (total > 0 ? " (" + (100 * done / total) + " %)" : "");
				case "reminders" -> of + " rows planned for reminders" + (total > 0 ? " (" + (100 * done / total) + " %)" : "");
				case "digests" -> "the reminder digests";
				case "owners" -> "owners' workbooks " + of;
				case "findings" -> "findings.csv";
				default -> "the workbook";
			};
		}

	}

	/** {@code 1 min 05 s}, {@code 12 s}: how long something took. */
	public static String elapsed(Duration duration) {
		long seconds = duration.toSeconds();
		return seconds >= 60 ? "%d min %02d s".formatted(seconds / 60, seconds % 60) : seconds + " s";
	}

	/** {@code 32 s}, {@code 4 min}, {@code 1 h 05 min}: how long something will still take, as a person says it. */
	public static String roughly(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 90) {
			return seconds + " s";
		}
		long minutes = Math.round(seconds / 60.0);
		return minutes < 60 ? minutes + " min" : "%d h %02d min".formatted(minutes / 60, minutes % 60);
	}

	private static String number(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

}
