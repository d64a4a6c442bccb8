package com.filingaudit.system;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code --audit.once=true} audits and exits: it starts no web server (the desk belongs to the service), so that a
 * one-shot run never fights the service for its port. Nor does a worker ({@code audit.role=worker}), which audits the
 * partitions its manager sends and nothing else: the desk is the manager's.
 */
class OneShotHasNoWebServer implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("audit.once", Boolean.class, false)
				|| "worker".equalsIgnoreCase(environment.getProperty("audit.role", ""))) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("audit-once", Map.of("spring.main.web-application-type", "none")));
		}
	}

}
