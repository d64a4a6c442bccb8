package com.filingaudit.schedule;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.filingaudit.ingest.IngestProperties;
import com.filingaudit.job.AuditLauncher;
import com.filingaudit.system.AuditProperties;
import com.filingaudit.system.Messages;

/** Either one audit now ({@code audit.once=true}) or a service that audits on schedule. */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

	@Bean
	@ConditionalOnBooleanProperty("audit.once")
	OneShotAudit oneShotAudit(AuditLauncher launcher, AuditProperties properties, Clock clock, Messages messages) {
		return new OneShotAudit(launcher, properties, clock, messages);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "audit.once", havingValue = false, matchIfMissing = true)
	@ConditionalOnExpression("'${audit.role:standalone}' != 'worker'")
	@EnableScheduling
	static class Service {

		@Bean
		NightlyAudit nightlyAudit(AuditLauncher launcher, Clock clock, IngestProperties ingest,
				TaskScheduler scheduler) {
			return new NightlyAudit(launcher, clock, Duration.ofSeconds(ingest.settleSeconds()), scheduler);
		}

	}

}
