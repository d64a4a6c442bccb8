package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowRangeTest {

	@Test
	void aFileTooSmallToShareStaysWhole() {
		assertThat(RowRange.of(99_999, 2, 50_000)).containsExactly(new RowRange(0, RowRange.OPEN));
		assertThat(RowRange.of(0, 2, 50_000)).containsExactly(new RowRange(0, RowRange.OPEN));
		assertThat(RowRange.of(1_000_000, 1, 50_000)).containsExactly(new RowRange(0, RowRange.OPEN));
	}

	@Test
	void aBigFileGetsARangeForEachWorkerTheLastOpenEnded() {
		assertThat(RowRange.of(300_001, 2, 50_000)).containsExactly(new RowRange(0, 150_001),
				new RowRange(150_001, RowRange.OPEN));
		assertThat(RowRange.of(120_000, 4, 50_000)).containsExactly(new RowRange(0, 60_000),
				new RowRange(60_000, RowRange.OPEN));
	}

}
