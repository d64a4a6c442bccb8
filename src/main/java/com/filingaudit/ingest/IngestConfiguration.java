package com.filingaudit.ingest;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.filingaudit.system.AuditProperties;
import com.filingaudit.system.Messages;

/** How registers are read: column names from the catalog, the analyst's column overrides, the limits. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfiguration {

	@Bean
	IngestOptions ingestOptions(ColumnNames columnNames, AuditProperties audit, IngestProperties ingest,
			Messages messages) {
		Map<Field, String> overrides = new EnumMap<>(Field.class);
		audit.columns().forEach((key, header) -> overrides.put(Field.byKey(key)
			.orElseThrow(() -> new IllegalArgumentException("audit.columns." + key + ": no such field; fields are "
					+ Arrays.stream(Field.values()).map(Field::key).toList())),
				header));
		long maxFileBytes = ingest.maxFileMb() * 1024L * 1024L;
		return new IngestOptions(new HeaderMatcher(columnNames, overrides, messages), messages, ingest.hiddenSheets(),
				maxFileBytes, IngestOptions.xlsCap(Runtime.getRuntime().maxMemory(), maxFileBytes), ingest.dateOrder());
	}

}
