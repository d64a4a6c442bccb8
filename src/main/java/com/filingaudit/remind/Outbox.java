package com.filingaudit.remind;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** The states of a mail in the outbox, and one mail as the desk lists it. */
public final class Outbox {

	/** Not yet sent, or to be tried again. */
	static final String PENDING = "PENDING";

	static final String SENT = "SENT";

	/** The last attempt failed; tried again at NEXT_ATTEMPT_AT. */
	static final String FAILED = "FAILED";

	/** Written as an .eml file (audit.remind.dry-run). */
	static final String WRITTEN = "WRITTEN";

	/** No address to send to: shown on the desk until the directory names one. */
	static final String HELD = "HELD";

	private Outbox() {
	}

	public record Mail(long id, LocalDate asOf, String channel, String recipient, String address, String subject,
			int items, String status, int attempts, @Nullable String lastError, @Nullable LocalDateTime sentAt) {
	}

}
