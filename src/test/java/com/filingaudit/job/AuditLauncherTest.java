package com.filingaudit.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person asking for a run the launcher cannot start is told why in the run's language (the desk shows it, the
 * one-shot mode prints it): here, a run asked for while the service stops, refused before anything else is touched.
 */
class AuditLauncherTest {

	@ParameterizedTest
	@CsvSource({ "zh-CN, 服务正在停止，本次审计未启动", "en, the service is shutting down; this audit was not started" })
	void aRunAskedForWhileTheServiceStopsIsRefusedInTheRunsLanguage(String locale, String reason) {
		StopRequest stopping = new StopRequest();
		stopping.request();
		AuditLauncher launcher = new AuditLauncher(null, null, null, null, null, null, null, stopping, null, locale);

		RunOutcome outcome = launcher.run(LocalDate.of(2026, 11, 23), Duration.ZERO);

		assertThat(outcome.completed()).isFalse();
		assertThat(outcome.failure()).isEqualTo(reason);
	}

}
