package com.filingaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.filingaudit.ingest.Location;
import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.Escalation;
import com.filingaudit.rules.Finding;
import com.filingaudit.rules.FindingCode;
import com.filingaudit.rules.Group;
import com.filingaudit.rules.HolidayCalendar;
import com.filingaudit.store.AuditStore;
import com.filingaudit.store.FileAccount;
import com.filingaudit.store.GroupCounts;
import com.filingaudit.store.StagedFiling;
import com.filingaudit.system.Messages;

/**
 * Writes a run's workbook: Summary, one sheet per group in urgency order, and the rejected rows. Streamed with SXSSF
 * (its temporary files removed however writing ends) from the staged results, into a temporary file that is moved into place whole: the reports folder never shows a
 * partial workbook.
 */
public class ReportWriter {

	private static final int ROWS_IN_MEMORY = 200;

	/** Superseded rows listed one by one in the Summary; the rest are counted. */
	private static final int SUPERSEDED_LISTED = 500;

	private static final List<Group> GROUP_SHEETS = List.of(Group.LAPSED, Group.RISKY, Group.EXPIRING);

	private final AuditStore store;

	private final Catalog catalog;

	private final HolidayCalendar calendar;

	private final Messages messages;

	private final Sources sources;

	public ReportWriter(AuditStore store, Catalog catalog, HolidayCalendar calendar, Messages messages) {
		this.store = store;
		this.catalog = catalog;
		this.calendar = calendar;
		this.messages = messages;
		this.sources = new Sources(messages);
	}

	/** Writes the report of one run and returns where it now is. */
	public Path write(long instanceId, LocalDate asOf, LocalDateTime generatedAt, Path reportsDir) throws IOException {
		Files.createDirectories(reportsDir);
		Path temporary = Files.createFile(reportsDir.resolve(".filing-audit-" + UUID.randomUUID() + ".xlsx.part"));
		try {
			// Since POI 5.5, close() also deletes SXSSF's temporary files (what dispose() did; bug 68183).
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
				workbook.setCompressTempFiles(true);
				Styles styles = new Styles(workbook);
				summary(workbook, styles, instanceId, asOf, generatedAt);
				FindingText text = new FindingText(messages, catalog);
				for (Group group : GROUP_SHEETS) {
					groupSheet(workbook, styles, text, instanceId, group, asOf);
				}
				rejected(workbook, styles, instanceId);
				try (OutputStream out = Files.newOutputStream(temporary)) {
					workbook.write(out);
				}
			}
			return moveIntoPlace(temporary, reportsDir, asOf);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** {@code filing-audit-<as-of>.xlsx}; a later run for the same day gets {@code -2}, {@code -3}... */
	private static Path moveIntoPlace(Path temporary, Path reportsDir, LocalDate asOf) throws IOException {
		for (int n = 1;; n++) {
			Path target = reportsDir.resolve("filing-audit-" + asOf + (n == 1 ? "" : "-" + n) + ".xlsx");
			if (Files.notExists(target)) {
				return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
		}
	}

	private void summary(SXSSFWorkbook workbook, Styles styles, long instanceId, LocalDate asOf,
			LocalDateTime generatedAt) {
		SXSSFSheet sheet = workbook.createSheet(messages.get("sheet.summary"));
		SheetWriter out = new SheetWriter(sheet, styles, 8);
		out.row().text(messages.get("summary.title"), styles.title);
		out.row().text(messages.get("summary.asOf"), styles.label).date(asOf);
		out.row()
			.text(messages.get("summary.generated"), styles.label)
			.text(generatedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
		out.row().text(messages.get("summary.catalog"), styles.label).text(catalog.version());
		out.row().text(messages.get("summary.calendar"), styles.label).text(messages.get("summary.calendarYears",
				calendar.coverage()));
		if (!calendar.assumedYears().isEmpty()) {
			out.row().text("").wrapped(messages.get("summary.calendarAssumed", calendar.assumedYears().stream()
				.map(String::valueOf).collect(Collectors.joining(", "))));
		}
		out.skipRow();
		GroupCounts counts = store.counts(instanceId);
		out.header(messages.get("summary.group"), messages.get("summary.count"), messages.get("summary.meaning"));
		countRow(out, messages.get("sheet.LAPSED"), counts.lapsed(), "meaning.LAPSED");
		countRow(out, messages.get("sheet.RISKY"), counts.risky(), "meaning.RISKY");
		countRow(out, messages.get("sheet.EXPIRING"), counts.expiring(), "meaning.EXPIRING");
		countRow(out, messages.get("label.OK"), counts.ok(), "meaning.OK");
		countRow(out, messages.get("sheet.REJECTED"), counts.rejected(), "meaning.REJECTED");
		out.skipRow();
		out.header(messages.get("summary.files"), messages.get("summary.sheet"), messages.get("summary.read"),
				messages.get("summary.audited"), messages.get("summary.rejected"), messages.get("summary.blank"),
				messages.get("summary.superseded"), messages.get("summary.note"));
		List<FileAccount> accounts = store.accounts(instanceId);
		Map<Location, Integer> superseded = store.supersededCounts(instanceId);
		if (accounts.isEmpty()) {
			out.row().text(messages.get("summary.noFiles"));
		}
		for (FileAccount account : accounts) {
			int replaced = superseded.getOrDefault(new Location(account.file(), account.sheet(), 0), 0);
			out.row()
				.text(account.file())
				.text(account.sheet())
				.number(account.read())
				.number(account.audited() - replaced)
				.number(account.rejected())
				.number(account.blank())
				.number(replaced)
				.wrapped(account.note());
		}
		int total = superseded.values().stream().mapToInt(Integer::intValue).sum();
		if (total > 0) {
			out.skipRow();
			out.header(messages.get("summary.supersededRow"), messages.get("summary.supersededBy"));
			store.forEachSuperseded(instanceId, SUPERSEDED_LISTED,
					(row, winner) -> out.row().text(sources.row(row)).text(sources.row(Location.ofKey(winner))));
			if (total > SUPERSEDED_LISTED) {
				out.row().text(messages.get("summary.supersededMore", total - SUPERSEDED_LISTED));
			}
		}
		out.fitWidths();
	}

	private void countRow(SheetWriter out, String label, int count, String meaningKey) {
		out.row().text(label).number(count).text(messages.get(meaningKey));
	}

	private void groupSheet(SXSSFWorkbook workbook, Styles styles, FindingText text, long instanceId, Group group,
			LocalDate asOf) {
		SXSSFSheet sheet = workbook.createSheet(messages.get("sheet." + group.name()));
		boolean lapsed = group == Group.LAPSED;
		List<String> names = new ArrayList<>(List.of(messages.get("col.company"), messages.get("col.creditCode"),
				messages.get("col.filingType"), messages.get("col.typeCode"), messages.get("col.filingNo"),
				messages.get("col.region"), messages.get("col.status"), messages.get("col.issueDate"),
				messages.get("col.expiryDate"), messages.get("col.daysLeft"), messages.get("col.findings"),
				messages.get("col.details"), messages.get("col.deadline"), messages.get("col.owner"),
				messages.get("col.source")));
		if (lapsed) {
			names.add(messages.get("col.exposure"));
		}
		String[] columns = names.toArray(String[]::new);
		SheetWriter out = new SheetWriter(sheet, styles, columns.length);
		out.header(columns);
		Consumer<StagedFiling> row = filing -> {
			out.row()
				.text(filing.company())
				.text(filing.creditCode())
				.text(typeName(filing.typeCode()))
				.text(filing.typeCode())
				.text(filing.filingNo())
				.text(filing.region())
				.text(filing.status())
				.date(filing.issueDate())
				.date(filing.expiry())
				.number(filing.daysLeft())
				.text(String.join(", ", filing.findings().stream().map(Finding::code).map(Enum::name).toList()))
				.wrapped(text.details(filing))
				.date(filing.deadline())
				.text(filing.owner())
				.text(sources.row(filing.location()));
			if (lapsed) {
				out.text(exposure(filing, asOf));
			}
		};
		if (lapsed) {
			store.forEachLapsed(instanceId, asOf, catalog.escalation().repeatWithinDays(), row);
		}
		else {
			store.forEachInGroup(instanceId, group, row);
		}
		out.finishTable(columns.length);
	}

	/** The rung of the escalation ladder a lapsed filing stands on. */
	private String exposure(StagedFiling filing, LocalDate asOf) {
		Long daysLapsed = filing.findings()
			.stream()
			.filter(f -> f.code() == FindingCode.EXPIRED && f.reference() != null)
			.map(f -> ChronoUnit.DAYS.between(f.reference(), asOf))
			.findFirst()
			.orElse(null);
		boolean inspection = filing.findings().stream().anyMatch(f -> f.code() == FindingCode.INSPECTION_LAPSED);
		Escalation.Exposure exposure = catalog.escalation()
			.exposure(filing.lapsedInRecentRun(), daysLapsed, inspection);
		return messages.get("exposure." + exposure.name());
	}

	private String typeName(String code) {
		return catalog.byCode(code).map(t -> t.name(messages.chinese())).orElse(code);
	}

	private void rejected(SXSSFWorkbook workbook, Styles styles, long instanceId) {
		SXSSFSheet sheet = workbook.createSheet(messages.get("sheet.REJECTED"));
		String[] columns = { messages.get("col.source"), messages.get("col.filingNo"), messages.get("col.column"),
				messages.get("col.value"), messages.get("col.reason") };
		SheetWriter out = new SheetWriter(sheet, styles, columns.length);
		out.header(columns);
		store.forEachRejection(instanceId, r -> out.row()
			.text(r.row() == 0 ? sources.file(r.file(), r.sheet()) : sources.row(new Location(r.file(), r.sheet(), r.row())))
			.text(r.filingNo())
			.text(r.column())
			.text(r.value())
			.wrapped(r.reason()));
		out.finishTable(columns.length);
	}



}
