package com.filingaudit.catalog;

/** A catalog that cannot be used; the message names the file and line. */
public class CatalogException extends RuntimeException {

	CatalogException(String message) {
		super(message);
	}

	CatalogException(String message, Throwable cause) {
		super(message, cause);
	}

}
