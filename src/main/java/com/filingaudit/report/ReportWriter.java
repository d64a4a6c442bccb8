package com.filingaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jspecify.annotations.Nullable;

import com.filingaudit.ingest.Location;
import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.Escalation;
import com.filingaudit.rules.Finding;
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

	/** Workbooks filled by one pass over the run's rows: the main one and owners', or owners' only. */
	private static final int WORKBOOKS_PER_PASS = 12;

	/** Superseded rows listed one by one in the Summary; the rest are counted. */
	private static final int SUPERSEDED_LISTED = 500;

	/** The Summary's grid, in characters: the label column's bounds, the number columns. */
	private static final int SUMMARY_LABEL_MIN = 26;

	private static final int SUMMARY_LABEL_MAX = 44;

	private static final int SUMMARY_FIRST_NUMBER_WIDTH = 14;

	private static final int SUMMARY_NUMBER_WIDTH = 10;

	/** Lines of a cross-table on the Summary; the rest are left out, largest first. */
	private static final int CROSS_TAB_ROWS = 30;

	private static final List<Group> GROUP_SHEETS = List.of(Group.LAPSED, Group.RISKY, Group.EXPIRING);

	/** Rows written between two tellings of the progress, where the caller may stop the report. */
	private static final int ROWS_PER_TELL = 1000;

	private final AuditStore store;

	private final Catalog catalog;

	private final HolidayCalendar calendar;

	private final Messages messages;

	private final Sources sources;

	private final Urgency urgency;

	private final Duration keep;

	private final Clock clock;

	private final boolean perOwner;

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
		this.perOwner = properties.perOwner();
	}

	/**
	 * Reserves the name the run's files will have, e.g. {@code 2026-03-02-2}; the run keeps it however often its
	 * report step is retried, so that a retry republishes the same files.
	 */
	public String reserveRun(long instanceId, LocalDate asOf, Path reportsDir) throws IOException {
		return ReportFiles.reserve(reportsDir, asOf, instanceId);
	}

	/**
	 * Writes the report of one run under its reserved name and returns where the workbook now is. The companions come
	 * first: the owners' workbooks and {@code findings.csv} in the run's folder, then {@code findings.csv} beside the
	 * workbook; the workbook and its copy {@code latest.xlsx} are published last, so that a run whose report failed
	 * midway shows no workbook without its companions; a report step killed midway leaves temporary files, which the
	 * step that resumes it removes first. Then removes reports past the retention period.
	 *
	 * @param progress told what is being written, for the run's progress
	 */
	public Path write(long instanceId, LocalDate asOf, Path reportsDir, String run, Progress progress)
			throws IOException {
		LocalDateTime generatedAt = LocalDateTime.now(clock);
		// told before the run's counts, which take a while at a million rows: a stop asked meanwhile is seen first
		progress.writing("workbook", 0, 1);
		Path runFolder = Files.createDirectories(reportsDir.resolve(run));
		ReportFiles.removeLeftovers(reportsDir);
		Path findings = ReportFiles.temporary(reportsDir, ".csv");
		Path temporary = ReportFiles.temporary(reportsDir, ".xlsx");
		Path workbook;
		try {
			try (FindingsCsv csv = new FindingsCsv(findings, asOf, new FindingText(messages, catalog), sources,
					this::typeName)) {
				writeWorkbooks(instanceId, asOf, generatedAt, temporary, runFolder, progress, csv);
				Retell csvRows = new Retell(() -> progress.writing("findings", 0, 1));
				for (Group group : Group.values()) {
					if (!GROUP_SHEETS.contains(group)) {
						store.forEachWithFindings(instanceId, group, filing -> {
							csvRows.row();
							csv.add(group, filing);
						});
					}
				}
			}
			ReportFiles.replaceWithCopy(findings, runFolder.resolve("findings.csv"));
			ReportFiles.replaceWithCopy(findings, reportsDir.resolve("findings.csv"));
			workbook = ReportFiles.moveIntoPlace(temporary, ReportFiles.workbook(reportsDir, run));
			ReportFiles.release(runFolder);
		}
		finally {
			Files.deleteIfExists(findings);
			Files.deleteIfExists(temporary);
		}
		ReportFiles.replaceWithCopy(workbook, reportsDir.resolve(ReportFiles.LATEST));
		Retention.apply(reportsDir, run, keep, clock.instant());
		return workbook;
	}

	/**
	 * The main workbook into {@code mainFile} and, when per-owner workbooks are on, one per owner with only that
	 * owner's filings into the run's folder (none when the registers name no owner at all: it would repeat the main
	 * workbook). Each pass over the run's rows fills several workbooks at once: the cost follows the rows, not owners
	 * times rows; {@value #WORKBOOKS_PER_PASS} at most, so that memory and open files stay bounded however many owners.
	 * The first pass, the main workbook's, also adds the filings it lists to {@code csv}.
	 */
	private void writeWorkbooks(long instanceId, LocalDate asOf, LocalDateTime generatedAt, Path mainFile,
			Path runFolder, Progress progress, FindingsCsv csv) throws IOException {
		SummaryCounts counts = new SummaryCounts(store, instanceId);
		Optional<AuditStore.PreviousRun> previous = store.previousRun(instanceId, asOf);
		List<@Nullable String> owners = perOwner ? counts.owners() : List.of();
		if (owners.stream().allMatch(Objects::isNull)) {
			owners = List.of();
		}
		Map<String, String> names = OwnerFiles.names(owners, messages.get("summary.unassigned"));
		List<Map.Entry<AuditStore.Scope, Path>> targets = new ArrayList<>();
		targets.add(Map.entry(AuditStore.Scope.ALL, mainFile));
		for (String owner : owners) {
			targets.add(Map.entry(AuditStore.Scope.of(owner), ReportFiles.temporary(runFolder, ".xlsx")));
		}
		int ownerCount = owners.size();
		try {
			for (int from = 0; from < targets.size(); from += WORKBOOKS_PER_PASS) {
				int ownersDone = from - 1;
				Retell rows = new Retell(from == 0 ? () -> progress.writing("workbook", 0, 1)
						: () -> progress.writing("owners", ownersDone, ownerCount));
				writePass(targets.subList(from, Math.min(targets.size(), from + WORKBOOKS_PER_PASS)), instanceId, asOf,
						generatedAt, counts, previous, rows, from == 0 ? csv : null);
			}
			for (int i = 1; i < targets.size(); i++) {
				String owner = targets.get(i).getKey().owner();
				ReportFiles.moveIntoPlace(targets.get(i).getValue(),
						runFolder.resolve(names.get(owner == null ? "" : owner) + ".xlsx"));
			}
		}
		finally {
			for (int i = 1; i < targets.size(); i++) {
				Files.deleteIfExists(targets.get(i).getValue());
			}
		}
	}

	/**
	 * Told what the report is writing: {@code workbook}, {@code findings}, then {@code owners} done of all; told again
	 * every {@value #ROWS_PER_TELL} rows. It may throw to stop the report there: the files written aside are removed,
	 * and nothing is published that was not before.
	 */
	@FunctionalInterface
	public interface Progress {

		void writing(String what, long done, long total);

	}

	/** Tells the progress at once, then again every {@value #ROWS_PER_TELL} rows. */
	private static final class Retell {

		private final Runnable tell;

		private long rows;

		Retell(Runnable tell) {
			this.tell = tell;
			tell.run();
		}

		void row() {
			if (++rows % ROWS_PER_TELL == 0) {
				tell.run();
			}
		}

	}

	/** Writes several workbooks from one pass over each group's rows, and adds those rows to {@code csv} if given. */
	private void writePass(List<Map.Entry<AuditStore.Scope, Path>> targets, long instanceId, LocalDate asOf,
			LocalDateTime generatedAt, SummaryCounts counts, Optional<AuditStore.PreviousRun> previous, Retell rows,
			@Nullable FindingsCsv csv) throws IOException {
		List<OpenWorkbook> open = new ArrayList<>();
		try {
			for (Map.Entry<AuditStore.Scope, Path> target : targets) {
				open.add(new OpenWorkbook(target.getKey(), target.getValue(), urgency.tiers().size()));
			}
			Fan fan = new Fan(open);
			FindingText text = new FindingText(messages, catalog);
			for (Group group : GROUP_SHEETS) {
				groupSheets(fan, text, instanceId, group, asOf, previous, rows, csv);
			}
			for (OpenWorkbook workbook : open) {
				rejected(workbook, instanceId, rows);
			}
			previous.ifPresent(p -> store.forEachResolved(instanceId, p.instanceId(), filing -> {
				rows.row();
				fan.forEach(filing, w -> w.resolved(filing));
			}));
			// The Summary points at rows of the group sheets, so it is written last and moved to the front.
			for (OpenWorkbook workbook : open) {
				summary(workbook, instanceId, asOf, generatedAt, previous, counts);
				workbook.save(messages.get("sheet.summary"));
			}
		}
		finally {
			for (OpenWorkbook workbook : open) {
				workbook.close();
			}
		}
	}

	/** Hands a filing to the open workbooks that show it: the main one, and its owner's. */
	private record Fan(@Nullable OpenWorkbook everyone, Map<String, OpenWorkbook> owners) {

		Fan(List<OpenWorkbook> open) {
			this(open.stream().filter(w -> w.scope.everyone()).findFirst().orElse(null), open.stream()
				.filter(w -> !w.scope.everyone())
				.collect(Collectors.toMap(w -> ownerKey(w.scope.owner()), w -> w)));
		}

		void forEach(StagedFiling filing, Consumer<OpenWorkbook> action) {
			if (everyone != null) {
				action.accept(everyone);
			}
			OpenWorkbook mine = owners.get(ownerKey(filing.owner()));
			if (mine != null) {
				action.accept(mine);
			}
		}

		void forEachOpen(Consumer<OpenWorkbook> action) {
			if (everyone != null) {
				action.accept(everyone);
			}
			owners.values().forEach(action);
		}

		boolean onlyOwners() {
			return everyone == null;
		}

		private static String ownerKey(@Nullable String owner) {
			return owner == null ? "" : owner;
		}

	}

	private void summary(OpenWorkbook workbook, long instanceId, LocalDate asOf, LocalDateTime generatedAt,
			Optional<AuditStore.PreviousRun> previous, SummaryCounts tallies) {
		AuditStore.Scope scope = workbook.scope;
		Styles styles = workbook.styles;
		SXSSFSheet sheet = workbook.workbook.createSheet(messages.get("sheet.summary"));
		SheetWriter out = new SheetWriter(sheet, styles, 8);
		// A grid of its own: labels in A; narrow columns for numbers, right next to their labels; wider text over
		// two merged columns; the chart beside the table it draws.
		out.fixWidth(1, SUMMARY_FIRST_NUMBER_WIDTH);
		for (int column = 2; column < 7; column++) {
			out.fixWidth(column, SUMMARY_NUMBER_WIDTH);
		}
		out.fixWidth(7, SheetWriter.WRAP_WIDTH);
		out.row().text(messages.get("summary.title"), styles.title);
		if (!scope.everyone()) {
			out.row().text(messages.get("col.owner"), styles.label)
				.text(scope.owner() == null ? messages.get("summary.unassigned") : scope.owner());
		}
		out.row().text(messages.get("summary.asOf"), styles.label).date(asOf, styles.dateLeft);
		out.row()
			.text(messages.get("summary.generated"), styles.label)
			.text(generatedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
		out.row().text(messages.get("summary.catalog"), styles.label).text(catalog.version());
		out.row().text(messages.get("summary.calendar"), styles.label).overflowing(messages.get("summary.calendarYears",
				calendar.coverage()));
		if (!calendar.assumedYears().isEmpty()) {
			out.row().text("").overflowing(messages.get("summary.calendarAssumed", calendar.assumedYears().stream()
				.map(String::valueOf).collect(Collectors.joining(", "))));
		}
		out.skipRow();
		GroupCounts counts = tallies.counts(scope);
		out.row()
			.text(messages.get("summary.group"), styles.header)
			.text(messages.get("summary.count"), styles.indentedHeader)
			.span(messages.get("summary.meaning"), 5, styles.header);
		countRow(out, styles, "LAPSED", messages.get("sheet.LAPSED"), counts.lapsed());
		countRow(out, styles, "RISKY", messages.get("sheet.RISKY"), counts.risky());
		countRow(out, styles, "EXPIRING", messages.get("sheet.EXPIRING"), counts.expiring());
		countRow(out, styles, "OK", messages.get("label.OK"), counts.ok());
		countRow(out, styles, "REJECTED", messages.get("sheet.REJECTED"), counts.rejected());
		changes(out, workbook, previous);
		mostUrgent(out, asOf, workbook.board);
		crossTabs(out, sheet, tallies, scope);
		if (scope.everyone()) {
			accounting(out, instanceId);
		}
		out.limitWidth(0, SUMMARY_LABEL_MIN, SUMMARY_LABEL_MAX);
		out.finishPage();
	}

	/** What got worse, or better, since the previous run, each filing a link to its row. */
	private void changes(SheetWriter out, OpenWorkbook workbook, Optional<AuditStore.PreviousRun> previous) {
		out.skipRow();
		if (previous.isEmpty()) {
			out.row().text(messages.get("summary.changes"), out.styles().label).overflowing(messages.get("summary.firstRun"));
			return;
		}
		Dashboard board = workbook.board;
		out.row().text(messages.get("summary.changes"), out.styles().label)
			.overflowing(messages.get("summary.changesSince", previous.get().asOf()));
		for (Group group : GROUP_SHEETS) {
			listHeader(out, messages.get("summary.entered." + group.name()), messages.get("col.deadline"),
					board.enteredCount(group));
			for (Dashboard.Entry entry : board.entered(group)) {
				filingLine(out, entry);
			}
			more(out, board.enteredCount(group), board.entered(group).size());
		}
		listHeader(out, messages.get("summary.resolved"), messages.get("summary.wasIn"), workbook.resolved);
		for (StagedFiling filing : workbook.resolvedListed) {
			out.row()
				.text(filing.company())
				.span(typeName(filing.typeCode()), 2, null)
				.span(filing.filingNo(), 2, null)
				.text(messages.get(filing.group() == Group.OK ? "label.OK" : "sheet." + filing.group().name()));
		}
		more(out, workbook.resolved, workbook.resolvedListed.size());
	}

	private void filingLine(SheetWriter out, Dashboard.Entry entry) {
		StagedFiling filing = entry.filing();
		out.row()
			.text(filing.company())
			.linkTo(entry.sheet(), entry.row())
			.span(typeName(filing.typeCode()), 2, null)
			.span(filing.filingNo(), 2, null)
			.date(filing.deadline(), out.styles().dateLeft);
	}

	/** The header of a list of filings: company, type and number over two columns each, one more column, the count. */
	private void listHeader(SheetWriter out, String title, String last, int count) {
		out.row()
			.text(title, out.styles().header)
			.span(messages.get("col.filingType"), 2, out.styles().header)
			.span(messages.get("col.filingNo"), 2, out.styles().header)
			.text(last, out.styles().header)
			.text(String.valueOf(count), out.styles().numberHeader);
	}

	private void more(SheetWriter out, int total, int listed) {
		if (total > listed) {
			out.row().overflowing(messages.get("summary.more", total - listed));
		}
	}

	private void mostUrgent(SheetWriter out, LocalDate asOf, Dashboard board) {
		out.skipRow();
		out.row()
			.text(messages.get("summary.mostUrgent"), out.styles().header)
			.span(messages.get("col.filingType"), 2, out.styles().header)
			.text(messages.get("col.deadline"), out.styles().header)
			.text(messages.get("col.urgency"), out.styles().header)
			.text(messages.get("summary.group"), out.styles().header)
			// over the wide column too: the findings run on into it
			.span(messages.get("col.findings"), 2, out.styles().header);
		for (Dashboard.Entry entry : board.mostUrgent()) {
			StagedFiling filing = entry.filing();
			int tier = urgency.tier(filing.deadline(), asOf);
			out.row()
				.text(filing.company())
				.linkTo(entry.sheet(), entry.row())
				.span(typeName(filing.typeCode()), 2, null)
				.date(filing.deadline(), out.styles().dateLeft)
				.text(tier < 0 ? null : urgencyLabel(tier))
				.text(messages.get("sheet." + entry.group().name()))
				.overflowing(String.join(", ", filing.findings().stream().map(f -> f.code().name()).toList()));
		}
	}

	/** Filings per type (with a bar chart), per owner and per region, by group. */
	private void crossTabs(SheetWriter out, SXSSFSheet sheet, SummaryCounts tallies, AuditStore.Scope scope) {
		for (SummaryCounts.Dimension by : SummaryCounts.Dimension.values()) {
			out.skipRow();
			List<SummaryCounts.CrossTab> table = tallies.crossTab(by, CROSS_TAB_ROWS, scope);
			int first = out.rowNumber() + 1;
			out.row().text(messages.get("summary.by." + by.name()), out.styles().header);
			for (String name : List.of(messages.get("sheet.LAPSED"), messages.get("sheet.RISKY"),
					messages.get("sheet.EXPIRING"), messages.get("label.OK"), messages.get("summary.total"))) {
				out.text(name, out.styles().numberHeader);
			}
			for (int i = 0; i < table.size(); i++) {
				SummaryCounts.CrossTab line = table.get(i);
				String key = by == SummaryCounts.Dimension.TYPE ? typeName(line.key())
						: line.key().isEmpty() ? messages.get("summary.unassigned") : line.key();
				CellStyle style = i % 2 == 1 ? out.styles().band : null;
				out.row().text(key, style);
				for (Group group : Group.values()) {
					out.number(line.perGroup()[group.ordinal()], style);
				}
				out.number(line.total(), style);
			}
			if (by == SummaryCounts.Dimension.TYPE && !table.isEmpty()) {
				GroupChart.draw(sheet, table.stream().map(l -> typeName(l.key())).toList(), table, first, messages);
			}
		}
	}

	private void accounting(SheetWriter out, long instanceId) {
		out.skipRow();
		out.row().text(messages.get("summary.files"), out.styles().header).text(messages.get("summary.sheet"),
				out.styles().header);
		for (String name : List.of(messages.get("summary.read"), messages.get("summary.audited"),
				messages.get("summary.rejected"), messages.get("summary.blank"), messages.get("summary.superseded"))) {
			out.text(name, out.styles().numberHeader);
		}
		out.text(messages.get("summary.note"), out.styles().indentedHeader);
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
				.wrapped(account.note(), out.styles().note);
		}
		int total = superseded.values().stream().mapToInt(Integer::intValue).sum();
		if (total > 0) {
			out.skipRow();
			// the newer row's place runs on past the narrow column B: its header spans as far
			out.row()
				.text(messages.get("summary.supersededRow"), out.styles().header)
				.span(messages.get("summary.supersededBy"), 4, out.styles().header);
			store.forEachSuperseded(instanceId, SUPERSEDED_LISTED,
					(row, winner) -> out.row().text(sources.row(row)).text(sources.row(Location.ofKey(winner))));
			if (total > SUPERSEDED_LISTED) {
				out.row().text(messages.get("summary.supersededMore", total - SUPERSEDED_LISTED));
			}
		}
	}

	/** A group's tile: its label in the group's colour, its count a link to its sheet, what it means. */
	private void countRow(SheetWriter out, Styles styles, String group, String label, int count) {
		out.row().text(label, styles.tiles.get(group)).number(count, styles.tileCount);
		if (!group.equals("OK")) {
			out.linkTo(label, 1, styles.tileLink);
		}
		out.overflowing(messages.get("meaning." + group));
	}

	/** A group's sheet in each open workbook, from one pass over the group's rows in the analyst's order. */
	private void groupSheets(Fan fan, FindingText text, long instanceId, Group group, LocalDate asOf,
			Optional<AuditStore.PreviousRun> previous, Retell rows, @Nullable FindingsCsv csv) {
		boolean lapsed = group == Group.LAPSED;
		List<String> names = new ArrayList<>(List.of(messages.get("col.company"), messages.get("col.creditCode"),
				messages.get("col.filingType"), messages.get("col.typeCode"), messages.get("col.filingNo"),
				messages.get("col.region"), messages.get("col.authority"), messages.get("col.status"), messages.get("col.issueDate"),
				messages.get("col.expiryDate"), messages.get("col.daysLeft"), messages.get("col.deadline"),
				messages.get("col.urgency"), messages.get("col.findings"), messages.get("col.details"),
				messages.get("col.action"), messages.get("col.owner"), messages.get("col.source")));
		names.add(messages.get("col.new"));
		if (lapsed) {
			names.add(messages.get("col.exposure"));
		}
		names.add(messages.get("col.reminded"));
		String[] header = names.toArray(String[]::new);
		fan.forEachOpen(w -> w.startTable(messages.get("sheet." + group.name()), header));
		Consumer<StagedFiling> row = filing -> {
			rows.row();
			// what every workbook shows of the filing, worked out once
			int tier = urgency.tier(filing.deadline(), asOf);
			String findings = String.join(", ", filing.findings().stream().map(Finding::code).map(Enum::name).toList());
			String details = text.details(filing);
			String action = text.action(filing);
			boolean entered = previous.isPresent() && filing.previousGroup() != group;
			String exposure = lapsed ? exposure(filing, asOf) : null;
			String reminded = filing.remindedOn() == null ? null : messages.get(filing.remindedTier() == 0
					? "reminded.atOnce" : "reminded.tier", filing.remindedTier(), filing.remindedOn().toString());
			fan.forEach(filing, w -> {
				SheetWriter out = w.table.row()
					.text(filing.company())
					.text(filing.creditCode())
					.text(typeName(filing.typeCode()))
					.text(filing.typeCode())
					.text(filing.filingNo())
					.text(filing.region())
					.text(filing.authority())
					.text(filing.status())
					.date(filing.issueDate())
					.date(filing.expiry())
					.number(filing.daysLeft())
					.date(filing.deadline());
				out.text(tier < 0 ? null : urgencyLabel(tier), tier < 0 ? null : w.styles.urgency.get(tier))
					.text(findings)
					.wrapped(details)
					.wrapped(action)
					.text(filing.owner())
					.text(sources.row(filing.location()));
				out.text(entered ? messages.get("new.mark") : null);
				if (lapsed) {
					out.text(exposure);
				}
				out.text(reminded);
				w.board.seen(new Dashboard.Entry(filing, group, out.sheetName(), out.rowNumber()), w.rank++, entered);
			});
		};
		long previousInstance = previous.map(AuditStore.PreviousRun::instanceId).orElse(-1L);
		AuditStore.Scope scope = fan.onlyOwners() && fan.owners().size() == 1
				? fan.owners().values().iterator().next().scope : AuditStore.Scope.ALL;
		store.forEachInGroup(instanceId, group, previousInstance, scope,
				csv == null ? row : row.andThen(filing -> csv.add(group, filing)));
		fan.forEachOpen(w -> w.table.finish());
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
		Escalation.Exposure exposure = catalog.escalation()
			.exposure(filing.findings(), filing.lapsedSince(), filing.repeatLapse(), asOf);
		return messages.get("exposure." + exposure.name());
	}

	private String typeName(String code) {
		return catalog.byCode(code).map(t -> t.name(messages.chinese())).orElse(code);
	}

	/** The rejected rows and files; they belong to no owner, so an owner's workbook shows the header only. */
	private void rejected(OpenWorkbook workbook, long instanceId, Retell rows) {
		String[] columns = { messages.get("col.source"), messages.get("col.filingNo"), messages.get("col.column"),
				messages.get("col.value"), messages.get("col.reason") };
		TableWriter table = new TableWriter(workbook.workbook, workbook.styles, messages.get("sheet.REJECTED"), columns);
		if (workbook.scope.everyone()) {
			store.forEachRejection(instanceId, r -> {
				rows.row();
				table.row()
					.text(r.row() == 0 ? sources.file(r.file(), r.sheet())
							: sources.row(new Location(r.file(), r.sheet(), r.row())))
					.text(r.filingNo())
					.text(r.column())
					.text(r.value())
					.wrapped(r.reason());
			});
		}
		table.finish();
	}

}
