package com.filingaudit.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.HolidayCalendar;

/**
 * The catalog and calendar the audits use, as the report's Summary names them: which rules produced a report is the
 * first question when two reports disagree. The product's version is Boot's {@code build} section (build-info).
 */
class AuditInfo implements InfoContributor {

	private final Catalog catalog;

	private final HolidayCalendar calendar;

	AuditInfo(Catalog catalog, HolidayCalendar calendar) {
		this.catalog = catalog;
		this.calendar = calendar;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("catalog", catalog.version());
		audit.put("calendar", calendar.coverage());
		builder.withDetail("audit", audit);
	}

}
