package com.filingaudit.ingest;

import java.io.IOException;

/** A file the audit cannot read, with a reason the analyst can act on. */
public class UnreadableFileException extends IOException {

	public UnreadableFileException(String reason) {
		super(reason);
	}

}
