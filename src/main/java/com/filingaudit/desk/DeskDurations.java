package com.filingaudit.desk;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How long something took or will still take, in the reader's language ({@code 1 分 05 秒}, {@code 35 s}): the log's
 * words ({@link com.filingaudit.job.RunProgress#elapsed}) stay English. Public for the pages' expressions.
 */
public final class DeskDurations {

	/** {@code 1 min 05 s}, {@code 12 s}; empty when not known. */
	public String took(@Nullable Duration duration) {
		if (duration == null) {
			return "";
		}
		long seconds = duration.toSeconds();
		return seconds >= 60
				? DeskModel.messages().get("desk.took.minutes", String.valueOf(seconds / 60), "%02d".formatted(seconds % 60))
				: DeskModel.messages().get("desk.took.seconds", String.valueOf(seconds));
	}

	/** {@code 32 s}, {@code 4 min}, {@code 1 h 05 min}: as a person says how long something will still take. */
	public String roughly(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 90) {
			return DeskModel.messages().get("desk.took.seconds", String.valueOf(seconds));
		}
		long minutes = Math.round(seconds / 60.0);
		return minutes < 60 ? DeskModel.messages().get("desk.roughly.minutes", String.valueOf(minutes))
				: DeskModel.messages().get("desk.roughly.hours", String.valueOf(minutes / 60),
						"%02d".formatted(minutes % 60));
	}

}
