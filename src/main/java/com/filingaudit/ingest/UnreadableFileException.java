package com.filingaudit.ingest;

import java.io.IOException;
import java.util.Arrays;

/** A file the audit cannot read; the reason is a text key of {@code messages.properties} and its arguments. */
public class UnreadableFileException extends IOException {

	private final String reasonKey;

	private final Object[] args;

	public UnreadableFileException(String reasonKey, Object... args) {
		super(reasonKey + Arrays.toString(args));
		this.reasonKey = reasonKey;
		this.args = args.clone();
	}

	String reasonKey() {
		return reasonKey;
	}

	Object[] args() {
		return args.clone();
	}

}
