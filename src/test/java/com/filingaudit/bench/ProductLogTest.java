package com.filingaudit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductLogTest {

	@ParameterizedTest
	@CsvSource({ "483ms, 0.483", "1s814ms, 1.814", "2m0ms, 120", "1m3s45ms, 63.045", "1h2m3s4ms, 3723.004", "'', 0" })
	void readsSpringBatchDurations(String duration, double seconds) {
		assertThat(ProductLog.seconds(duration)).isCloseTo(seconds, offset(1e-9));
	}

	@Test
	void keepsTopLevelStepsInOrderAndPartitionsApart() {
		ProductLog log = ProductLog.parse(List.of(
				"2026-11-23 10:22:18 INFO  FilingAuditApplication - Started FilingAuditApplication in 8.548 seconds (process running for 9.981)",
				"2026-11-23 10:22:19 INFO  AbstractStep - Step: [auditFile:file2] executed in 483ms",
				"2026-11-23 10:22:21 INFO  AbstractStep - Step: [audit] executed in 1s954ms",
				"2026-11-23 10:22:21 INFO  AbstractStep - Step: [supersede] executed in 35ms",
				"2026-11-23 10:22:24 INFO  AbstractStep - Step: [report] executed in 2s573ms"));

		assertThat(log.startupSeconds()).isEqualTo(8.548);
		assertThat(log.steps()).containsExactly(entry("audit", 1.954),
				entry("supersede", 0.035),
				entry("report", 2.573));
		assertThat(log.partitions()).containsOnlyKeys("auditFile:file2");
	}

}
