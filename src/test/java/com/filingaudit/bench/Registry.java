package com.filingaudit.bench;

import java.time.LocalDate;

/**
 * The registry the benchmark audits: how many filings, which share of them in XLSX files, how many owners, the seed
 * that draws them and the day they are built around. The same parameters always give the same files.
 */
record Registry(int rows, double xlsxShare, int owners, long seed, LocalDate asOf) {

	/**
	 * Filing numbers are made from a row's place and must stay unique (a number shared by two companies is a finding,
	 * a number repeated for one company a superseded row), which their formats allow up to here.
	 */
	static final int MAX_ROWS = 10_000_000;

	/** Raise it when the generator writes other files for the same parameters, so that older files are not reused. */
	private static final int GENERATOR_VERSION = 1;

	Registry {
		if (rows < 1 || rows > MAX_ROWS) {
			throw new IllegalArgumentException("--rows must be between 1 and " + MAX_ROWS);
		}
		if (!(xlsxShare >= 0 && xlsxShare <= 1)) {
			throw new IllegalArgumentException("--xlsx-share must be between 0 and 1");
		}
		if (owners < 1) {
			throw new IllegalArgumentException("--owners must be at least 1");
		}
	}

	/** What the files were generated from, kept beside them so that a later run with the same parameters reuses them. */
	String marker() {
		return "generator " + GENERATOR_VERSION + ", rows " + rows + ", xlsx share " + xlsxShare + ", owners " + owners
				+ ", seed " + seed + ", as of " + asOf;
	}

}
