package com.filingaudit.store;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.init.PlatformPlaceholderDatabaseDriverResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database: Spring Batch's job repository tables, created on first start (the scripts picked for its platform),
 * and the product's own, migrated by Flyway. Which database is configuration only ({@code spring.datasource.*}).
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
	ProductSchema productSchema() {
		return new ProductSchema();
	}

	@Bean
	V3__Date_lapse_episodes dateLapseEpisodes() {
		return new V3__Date_lapse_episodes();
	}

	@Bean
	AuditStore auditStore(JdbcTemplate jdbcTemplate) {
		return new AuditStore(jdbcTemplate);
	}

	@Bean
	DeskReads deskReads(JdbcTemplate jdbcTemplate) {
		return new DeskReads(jdbcTemplate);
	}

}
