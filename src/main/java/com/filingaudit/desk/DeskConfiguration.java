package com.filingaudit.desk;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.filingaudit.ingest.FileSettings;
import com.filingaudit.ingest.IngestOptions;
import com.filingaudit.job.AuditLauncher;
import com.filingaudit.store.DeskReads;
import com.filingaudit.system.AuditProperties;

/** The analysts' desk: served by the service mode only (a one-shot run starts no web server). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(DeskProperties.class)
class DeskConfiguration {

	@Bean
	DeskUsers deskUsers(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock) {
		return new DeskUsers(jdbc, encoder, clock);
	}

	@Bean
	DeskEvents deskEvents(JdbcTemplate jdbc, Clock clock) {
		return new DeskEvents(jdbc, clock);
	}

	@Bean
	FirstAdmin firstAdmin(DeskUsers users, DeskProperties desk, DeskEvents events) {
		return new FirstAdmin(users, desk, events);
	}

	@Bean
	DeskLocales localeResolver(DeskUsers users) {
		return new DeskLocales(users);
	}

	@Bean
	DeskRuns deskRuns(AuditLauncher launcher, DeskReads reads, Clock clock) {
		return new DeskRuns(launcher, reads, clock);
	}

	@Bean
	ReportShelf reportShelf(AuditProperties properties) {
		return new ReportShelf(properties.reportsDir());
	}

	@Bean
	InputShelf inputShelf(AuditProperties properties, IngestOptions options, FileSettings fileSettings) {
		return new InputShelf(properties.inputDir(), options, fileSettings);
	}

}
