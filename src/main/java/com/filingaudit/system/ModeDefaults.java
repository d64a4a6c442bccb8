package com.filingaudit.system;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * What a mode implies. {@code --audit.once=true} audits and exits: it starts no web server (the desk belongs to the
 * service), so that a one-shot run never fights the service for its port. Nor does a worker
 * ({@code audit.role=worker}), which audits the partitions its manager sends and nothing else: the desk is the
 * manager's. A worker is long-running and may start before its database: it waits for it (up to a day) rather than
 * give up after the usual 30 s.
 */
class ModeDefaults implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean worker = "worker".equalsIgnoreCase(environment.getProperty("audit.role", ""));
		Map<String, Object> implied = new HashMap<>();
		if (environment.getProperty("audit.once", Boolean.class, false) || worker) {
			implied.put("spring.main.web-application-type", "none");
		}
		if (worker) {
			implied.put("spring.datasource.hikari.initialization-fail-timeout", String.valueOf(24 * 60 * 60 * 1000));
		}
		if (!implied.isEmpty()) {
			environment.getPropertySources().addFirst(new MapPropertySource("audit-mode", implied));
		}
	}

}
