package com.filingaudit.ingest;

import java.util.Locale;

import org.apache.commons.csv.CSVException;
import org.apache.poi.EncryptedDocumentException;

import com.filingaudit.system.Messages;

/** Turns what a library says about a broken file into a reason an analyst can act on, in the report's language. */
public final class FileProblems {

	private FileProblems() {
	}

	/** A one-line reason for an exception thrown while reading a file. */
	public static String reason(Throwable ex, Messages messages) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof UnreadableFileException unreadable) {
				return messages.get(unreadable.reasonKey(), unreadable.args());
			}
			if (t instanceof CSVException) {
				return messages.get("file.badCsv", t.getMessage());
			}
			if (t instanceof OutOfMemoryError) {
				return messages.get("file.outOfMemory");
			}
			if (t instanceof EncryptedDocumentException) {
				return messages.get("file.encrypted");
			}
			String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
			if (message.contains("zip bomb")) {
				return messages.get("file.zipBomb");
			}
			if (message.contains("password") || message.contains("encrypt")) {
				return messages.get("file.encrypted");
			}
			if (message.contains("biff5") || message.contains("excel 5.0/7.0")) {
				return messages.get("file.excel95");
			}
			if (message.contains("doctype") || message.contains("entity expansion") || message.contains("entities")) {
				return messages.get("file.unsafeXml");
			}
		}
		String first = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getSimpleName()
				: ex.getMessage().lines().findFirst().orElse(ex.getClass().getSimpleName());
		return messages.get("file.damaged", first.length() > 200 ? first.substring(0, 200) + "…" : first);
	}

	/** A size in whole megabytes, rounded up, as the reasons say it. */
	public static String megabytes(long bytes) {
		return String.valueOf((bytes + 1024 * 1024 - 1) / (1024 * 1024));
	}

}
