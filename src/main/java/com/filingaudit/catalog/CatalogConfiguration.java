package com.filingaudit.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.filingaudit.ingest.ColumnNames;
import com.filingaudit.ingest.FileSettings;
import com.filingaudit.ingest.IngestProperties;
import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.HolidayCalendar;
import com.filingaudit.system.AuditProperties;

/**
 * Loads the catalog, the working-day calendar and the per-file settings once at start: a malformed one stops the start, naming the file and
 * line.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	@Bean
	LoadedCatalog loadedCatalog(AuditProperties properties) {
		return CatalogLoader.load(properties.catalog());
	}

	@Bean
	HolidayCalendar holidayCalendar(AuditProperties properties) {
		return CalendarLoader.load(properties.calendar());
	}

	@Bean
	FileSettings fileSettings(IngestProperties ingest) {
		return FileSettingsLoader.load(ingest.fileSettings());
	}

	@Bean
	Catalog catalog(LoadedCatalog loaded) {
		return loaded.catalog();
	}

	@Bean
	ColumnNames columnNames(LoadedCatalog loaded) {
		return loaded.columnNames();
	}

}
