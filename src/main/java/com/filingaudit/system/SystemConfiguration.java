package com.filingaudit.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings, the clock in the audit's zone, and the report's language. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class SystemConfiguration {

	@Bean
	Clock auditClock(AuditProperties properties) {
		return Clock.system(properties.zone());
	}

	@Bean
	Messages messages(AuditProperties properties) {
		return Messages.of(properties.locale());
	}

}
