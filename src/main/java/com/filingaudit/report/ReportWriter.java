package com.filingaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

	private final Urgency urgency;

	private final Duration keep;

	private final Clock clock;

	public ReportWriter(AuditStore store, Catalog catalog, HolidayCalendar calendar, Messages messages,
			ReportProperties properties, Clock clock) {
		this.store = store;
		this.catalog = catalog;
		this.calendar = calendar;
		this.messages = messages;
		this.sources = new Sources(messages);
		this.urgency = new Urgency(properties.urgencyTiers());
		this.keep = Duration.ofDays(properties.keepDays());
		this.clock = clock;
	}

	/**
	 * Writes the report of one run and its companions, and returns where the workbook now is: the workbook, a copy
	 * as {@code latest.xlsx}, {@code findings.csv} in the run's folder and beside the workbook; then removes reports
	 * past the retention period.
	 */
	public Path write(long instanceId, LocalDate asOf, Path reportsDir) throws IOException {
		Path temporary = ReportFiles.temporary(reportsDir, ".xlsx");
		Path workbook;
		try {
			writeWorkbook(temporary, instanceId, asOf, LocalDateTime.now(clock));
			workbook = ReportFiles.publish(temporary, reportsDir, asOf);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		ReportFiles.replaceWithCopy(workbook, reportsDir.resolve(ReportFiles.LATEST));
		String run = ReportFiles.runName(workbook);
		Path runFolder = Files.createDirectories(reportsDir.resolve(run));
		Path findings = ReportFiles.temporary(reportsDir, ".csv");
		try {
			FindingsCsv.write(findings, store, instanceId, asOf, new FindingText(messages, catalog), sources,
					this::typeName);
			ReportFiles.replaceWithCopy(findings, runFolder.resolve("findings.csv"));
			ReportFiles.replaceWithCopy(findings, reportsDir.resolve("findings.csv"));
		}
		finally {
			Files.deleteIfExists(findings);
		}
		Retention.apply(reportsDir, run, keep, clock.instant());
		return workbook;
	}

	private void writeWorkbook(Path file, long instanceId, LocalDate asOf, LocalDateTime generatedAt)
			throws IOException {
		// Since POI 5.5, close() also deletes SXSSF's temporary files (what dispose() did; bug 68183).
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			workbook.setCompressTempFiles(true);
			Styles styles = new Styles(workbook, urgency.tiers().size());
			summary(workbook, styles, instanceId, asOf, generatedAt);
			FindingText text = new FindingText(messages, catalog);
			for (Group group : GROUP_SHEETS) {
				groupSheet(workbook, styles, text, instanceId, group, asOf);
			}
			rejected(workbook, styles, instanceId);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
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
		out.finishPage();
	}

	private void countRow(SheetWriter out, String label, int count, String meaningKey) {
		out.row().text(label).number(count).wrapped(messages.get(meaningKey));
	}

	private void groupSheet(SXSSFWorkbook workbook, Styles styles, FindingText text, long instanceId, Group group,
			LocalDate asOf) {
		boolean lapsed = group == Group.LAPSED;
		List<String> names = new ArrayList<>(List.of(messages.get("col.company"), messages.get("col.creditCode"),
				messages.get("col.filingType"), messages.get("col.typeCode"), messages.get("col.filingNo"),
				messages.get("col.region"), messages.get("col.status"), messages.get("col.issueDate"),
				messages.get("col.expiryDate"), messages.get("col.daysLeft"), messages.get("col.deadline"),
				messages.get("col.urgency"), messages.get("col.findings"), messages.get("col.details"),
				messages.get("col.owner"), messages.get("col.source")));
		if (lapsed) {
			names.add(messages.get("col.exposure"));
		}
		TableWriter table = new TableWriter(workbook, styles, messages.get("sheet." + group.name()),
				names.toArray(String[]::new));
		Consumer<StagedFiling> row = filing -> {
			SheetWriter out = table.row()
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
				.date(filing.deadline());
			int tier = urgency.tier(filing.deadline(), asOf);
			out.text(tier < 0 ? null : urgencyLabel(tier), tier < 0 ? null : styles.urgency.get(tier))
				.text(String.join(", ", filing.findings().stream().map(Finding::code).map(Enum::name).toList()))
				.wrapped(text.details(filing))
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
		table.finish();
	}

	private String urgencyLabel(int tier) {
		List<Integer> tiers = urgency.tiers();
		if (tier == 0) {
			return messages.get("urgency.overdue");
		}
		return tier <= tiers.size() ? messages.get("urgency.within", tiers.get(tier - 1))
				: messages.get("urgency.beyond", tiers.get(tiers.size() - 1));
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
		String[] columns = { messages.get("col.source"), messages.get("col.filingNo"), messages.get("col.column"),
				messages.get("col.value"), messages.get("col.reason") };
		TableWriter table = new TableWriter(workbook, styles, messages.get("sheet.REJECTED"), columns);
		store.forEachRejection(instanceId, r -> table.row()
			.text(r.row() == 0 ? sources.file(r.file(), r.sheet()) : sources.row(new Location(r.file(), r.sheet(), r.row())))
			.text(r.filingNo())
			.text(r.column())
			.text(r.value())
			.wrapped(r.reason()));
		table.finish();
	}



}
