package com.filingaudit.store;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.init.PlatformPlaceholderDatabaseDriverResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database: Spring Batch's job repository tables and the product's own, created on first start. Which database
 * is configuration only ({@code spring.datasource.*}); the scripts are picked for its platform.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	@Bean
	SchemaScripts batchSchema(DataSource dataSource) {
		List<String> scripts = new PlatformPlaceholderDatabaseDriverResolver().resolveAll(dataSource,
				"classpath:org/springframework/batch/core/schema-@@platform@@.sql");
		return new SchemaScripts(dataSource, "BATCH_JOB_INSTANCE", scripts);
	}

	@Bean
	SchemaScripts auditSchema(DataSource dataSource) {
		return new SchemaScripts(dataSource, "AUDIT_RUN", List.of("classpath:schema/audit-store.sql"));
	}

	@Bean
	AuditStore auditStore(JdbcTemplate jdbcTemplate) {
		return new AuditStore(jdbcTemplate);
	}

}
