package com.filingaudit.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import com.filingaudit.ingest.Location;
import com.filingaudit.rules.Assessment;
import com.filingaudit.rules.Filing;
import com.filingaudit.rules.Finding;
import com.filingaudit.rules.FindingCode;
import com.filingaudit.rules.Group;
import com.filingaudit.rules.Text;

/**
 * The product's own tables: each run's audited filings, rejected rows, per-file accounting and the run history.
 * Reads stream row by row, so a report of any size is written in constant memory.
 */
public class AuditStore {

	private static final int MAX_VALUE = 1000;

	private static final int FETCH_SIZE = 500;

	private final JdbcTemplate jdbc;

	/** For reads of unbounded size: rows are fetched a batch at a time. */
	private final JdbcTemplate streaming;

	/** Whether the planner needs telling that a table has grown: PostgreSQL's does (see {@link #refreshStatistics}). */
	private volatile @Nullable Boolean plannerNeedsStatistics;

	public AuditStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(jdbc.getDataSource());
		this.streaming.setFetchSize(FETCH_SIZE);
	}

	public void saveAudited(long instanceId, LocalDate asOf, List<AuditedRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("""
				INSERT INTO AUDIT_RESULT (INSTANCE_ID, SOURCE_FILE, SHEET, ROW_NO, COMPANY, CREDIT_CODE, TYPE_CODE,
				  FILING_NO, ISSUE_DATE, EXPIRY_DATE, EXPIRY_DERIVED, NO_EXPIRY, LAST_INSPECTION, RENEWAL_SUBMITTED,
				  STATUS, REGION, OWNER_NAME, GROUP_CODE, DEADLINE, DAYS_LEFT, FINDINGS, FILING_KEY, COMPANY_KEY,
				  SOURCE_MODIFIED, ORDINAL, CREDIT_KEY, FILING_IDENTITY, AUTHORITY, AS_OF)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows,
				rows.size(),
				(ps, row) -> {
					Assessment a = row.assessment();
					Filing f = a.filing();
					ps.setLong(1, instanceId);
					ps.setString(2, row.location().file());
					ps.setString(3, row.location().sheet());
					ps.setInt(4, row.location().row());
					ps.setString(5, f.company());
					ps.setString(6, f.creditCode());
					ps.setString(7, f.type().code());
					ps.setString(8, f.filingNo());
					ps.setObject(9, f.issueDate(), Types.DATE);
					ps.setObject(10, a.expiry(), Types.DATE);
					ps.setInt(11, a.expiryDerived() ? 1 : 0);
					ps.setInt(12, f.noExpiry() ? 1 : 0);
					ps.setObject(13, f.lastInspection(), Types.DATE);
					ps.setObject(14, f.renewalSubmitted(), Types.DATE);
					ps.setString(15, f.status());
					ps.setString(16, f.region());
					ps.setString(17, f.owner());
					ps.setString(18, a.group().name());
					ps.setObject(19, a.deadline(), Types.DATE);
					Long daysLeft = a.daysLeft();
					ps.setObject(20, daysLeft == null ? null : Math.toIntExact(daysLeft), Types.INTEGER);
					ps.setString(21, FindingsColumn.encode(a.findings()));
					ps.setString(22, f.filingNo() == null ? null : Text.numberKey(f.filingNo()));
					ps.setString(23, Text.key(f.company()));
					ps.setLong(24, row.sourceModified());
					ps.setInt(25, row.ordinal());
					ps.setString(26, f.creditCode() == null ? null : Text.numberKey(f.creditCode()));
					ps.setString(27, f.type().code() + "|" + (f.filingNo() == null ? "company:" + Text.key(f.company())
							: Text.numberKey(f.filingNo())));
					ps.setString(28, f.authority());
					ps.setObject(29, asOf, Types.DATE);
				});
	}

	public void saveRejections(long instanceId, List<StagedRejection> rejections) {
		if (rejections.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("""
				INSERT INTO AUDIT_REJECTION (INSTANCE_ID, SOURCE_FILE, SHEET, ROW_NO, FILING_NO, COLUMN_NAME,
				  CELL_VALUE, REASON) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rejections, rejections.size(), (ps, r) -> {
			ps.setLong(1, instanceId);
			ps.setString(2, r.file());
			ps.setString(3, r.sheet());
			ps.setInt(4, r.row());
			ps.setString(5, r.filingNo());
			ps.setString(6, cap(r.column()));
			ps.setString(7, cap(r.value()));
			ps.setString(8, r.reason().length() > 4000 ? r.reason().substring(0, 3999) + "…" : r.reason());
		});
	}

	/**
	 * Adds a chunk's counts to a file's or sheet's account, creating it on first use; a note is added to those
	 * already there.
	 */
	public void addToAccount(long instanceId, FileAccount delta) {
		if (addCounts(instanceId, delta) == 0 && openAccount(instanceId, delta)) {
			return;
		}
		if (delta.note() != null) {
			jdbc.update("""
					UPDATE AUDIT_FILE SET NOTE = CASE WHEN NOTE IS NULL THEN ? ELSE NOTE || ' ' || ? END
					WHERE INSTANCE_ID = ? AND SOURCE_FILE = ? AND SHEET = ?""", cap(delta.note()), cap(delta.note()),
					instanceId, delta.file(), delta.sheet());
		}
	}

	private int addCounts(long instanceId, FileAccount delta) {
		return jdbc.update("""
				UPDATE AUDIT_FILE SET ROWS_READ = ROWS_READ + ?, AUDITED = AUDITED + ?, REJECTED = REJECTED + ?,
				  BLANK = BLANK + ?, LAST_AUDITED = NULLIF(GREATEST(COALESCE(LAST_AUDITED, 0), ?), 0)
				WHERE INSTANCE_ID = ? AND SOURCE_FILE = ? AND SHEET = ?""", delta.read(), delta.audited(),
				delta.rejected(), delta.blank(), delta.lastAudited(), instanceId, delta.file(), delta.sheet());
	}

	/**
	 * Creates the account with the delta's counts and note; {@code false} when another range of the same file
	 * created it first, in a transaction of its own: the insert waits for that one and fails, is undone alone (a
	 * savepoint), and the counts go to that account instead, the note still to add.
	 */
	private boolean openAccount(long instanceId, FileAccount delta) {
		return jdbc.execute((ConnectionCallback<Boolean>) connection -> {
			Savepoint before = connection.setSavepoint();
			try {
				jdbc.update("""
						INSERT INTO AUDIT_FILE (INSTANCE_ID, SOURCE_FILE, SHEET, ROWS_READ, AUDITED, REJECTED, BLANK,
						  NOTE, LAST_AUDITED)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", instanceId, delta.file(), delta.sheet(), delta.read(),
						delta.audited(), delta.rejected(), delta.blank(), cap(delta.note()),
						delta.lastAudited() == 0 ? null : delta.lastAudited());
				return true;
			}
			catch (DuplicateKeyException opened) {
				connection.rollback(before);
				addCounts(instanceId, delta);
				return false;
			}
		});
	}

	/** A file passed over, with the reason; recording it again replaces it. */
	public void recordSkipped(long instanceId, String file, String reason) {
		jdbc.update("DELETE FROM AUDIT_FILE WHERE INSTANCE_ID = ? AND SOURCE_FILE = ?", instanceId, file);
		jdbc.update("""
				INSERT INTO AUDIT_FILE (INSTANCE_ID, SOURCE_FILE, SHEET, ROWS_READ, AUDITED, REJECTED, BLANK, NOTE)
				VALUES (?, ?, '', 0, 0, 0, 0, ?)""", instanceId, file, cap(reason));
	}

	/**
	 * Marks a file to be discarded: it changed while it was read. Other ranges of it may still be staging rows, so
	 * it is discarded once all have ended ({@link #discardMarkedFiles}); several may mark it.
	 */
	public void markForDiscard(long instanceId, String file, String reason) {
		jdbc.update("INSERT INTO AUDIT_DISCARD (INSTANCE_ID, SOURCE_FILE, REASON) VALUES (?, ?, ?)", instanceId, file,
				cap(reason));
	}

	/** Discards each file marked to be: doing it again changes nothing. */
	public void discardMarkedFiles(long instanceId) {
		Map<String, String> marked = new TreeMap<>();
		jdbc.query("SELECT SOURCE_FILE, REASON FROM AUDIT_DISCARD WHERE INSTANCE_ID = ?",
				(RowCallbackHandler) rs -> marked.putIfAbsent(rs.getString(1), rs.getString(2)), instanceId);
		marked.forEach((file, reason) -> discardFile(instanceId, file, reason));
	}

	/** Forgets what was staged of a file and records it as rejected whole, with the reason. */
	private void discardFile(long instanceId, String file, String reason) {
		jdbc.update("DELETE FROM AUDIT_RESULT WHERE INSTANCE_ID = ? AND SOURCE_FILE = ?", instanceId, file);
		jdbc.update("DELETE FROM AUDIT_REJECTION WHERE INSTANCE_ID = ? AND SOURCE_FILE = ?", instanceId, file);
		recordSkipped(instanceId, file, reason);
		saveRejections(instanceId, List.of(new StagedRejection(file, "", 0, null, null, null, reason)));
	}

	/**
	 * Audits each filing once: among rows of one type and filing number, the row of the most recently modified file
	 * wins (the later row within a file) and the others are marked superseded by it. Rows that name another company
	 * are not superseded: both stay, each names the other, and each gets {@link FindingCode#DUPLICATE_FILING_NO},
	 * which makes an OK or Expiring filing Risky with today as its deadline. Streams the duplicates group by group.
	 *
	 * @param between run before each row: it may throw to abandon the work (a stop asked for), which the caller's
	 * transaction then rolls back
	 * @return the number of rows superseded
	 */
	public int supersedeDuplicates(long instanceId, LocalDate asOf, Runnable between) {
		String finding = FindingsColumn.encode(List.of(new Finding(FindingCode.DUPLICATE_FILING_NO, asOf, null)));
		Decisions decisions = new Decisions(instanceId, finding, asOf);
		DuplicateGroups groups = new DuplicateGroups(decisions);
		streaming.query("""
				SELECT TYPE_CODE, FILING_KEY, SOURCE_FILE, SHEET, ROW_NO, COMPANY_KEY, CREDIT_KEY, SOURCE_MODIFIED,
				  ORDINAL
				FROM AUDIT_RESULT WHERE INSTANCE_ID = ? AND FILING_KEY IS NOT NULL
				ORDER BY TYPE_CODE, FILING_KEY""", (ResultSet rs) -> {
			between.run();
			groups.accept(new DuplicateGroups.Candidate(rs.getString(1) + "\u0000" + rs.getString(2),
					new Location(rs.getString(3), rs.getString(4), rs.getInt(5)), rs.getString(6), rs.getString(7),
					rs.getLong(8), rs.getInt(9)));
		}, instanceId);
		groups.finish();
		decisions.flush();
		return decisions.superseded;
	}

	/** Writes the decisions on duplicates in batches, so that memory stays flat however many there are. */
	private final class Decisions implements Consumer<DuplicateGroups.Decision> {

		private static final int BATCH = 500;

		private final long instanceId;

		private final String finding;

		private final LocalDate asOf;

		private final List<Object[]> superseding = new ArrayList<>();

		private final List<Object[]> conflicting = new ArrayList<>();

		private int superseded;

		Decisions(long instanceId, String finding, LocalDate asOf) {
			this.instanceId = instanceId;
			this.finding = finding;
			this.asOf = asOf;
		}

		@Override
		public void accept(DuplicateGroups.Decision decision) {
			Location row = decision.row();
			String other = decision.other().key();
			if (decision.superseded()) {
				superseding.add(new Object[] { other, instanceId, row.file(), row.sheet(), row.row() });
				superseded++;
			}
			else {
				conflicting.add(new Object[] { other, finding, finding, asOf, instanceId, row.file(), row.sheet(),
						row.row() });
			}
			if (superseding.size() + conflicting.size() >= BATCH) {
				flush();
			}
		}

		void flush() {
			jdbc.batchUpdate("""
					UPDATE AUDIT_RESULT SET SUPERSEDED_BY = ?
					WHERE INSTANCE_ID = ? AND SOURCE_FILE = ? AND SHEET = ? AND ROW_NO = ?""", superseding);
			jdbc.batchUpdate("""
					UPDATE AUDIT_RESULT SET CONFLICT_WITH = ?,
					  FINDINGS = CASE WHEN FINDINGS = '' THEN ? ELSE FINDINGS || ';' || ? END,
					  GROUP_CODE = CASE WHEN GROUP_CODE IN ('OK', 'EXPIRING') THEN 'RISKY' ELSE GROUP_CODE END,
					  DEADLINE = CASE WHEN GROUP_CODE IN ('OK', 'EXPIRING') THEN ? ELSE DEADLINE END
					WHERE INSTANCE_ID = ? AND SOURCE_FILE = ? AND SHEET = ? AND ROW_NO = ? AND CONFLICT_WITH IS NULL""",
					conflicting);
			superseding.clear();
			conflicting.clear();
		}

	}

	/** Filings in a group in the previous run that are OK or gone now. */
	public int countResolved(long instanceId, long previousInstance) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) " + RESOLVED, Integer.class, previousInstance, instanceId);
		return count == null ? 0 : count;
	}

	/**
	 * The previous run's rows in a group (the first parameter) whose filing is in none in this run (the second). Its
	 * look-up of the filing in this run keeps its conditions on the rows in a CASE, not in the WHERE: given another
	 * equality or IS NULL there, HSQLDB reads the whole run by its primary key for each row (see
	 * {@link LapseEpisodes#CARRY_FORWARD}) instead of the index on (FILING_IDENTITY, INSTANCE_ID).
	 */
	static final String RESOLVED = """
			FROM AUDIT_RESULT R WHERE R.INSTANCE_ID = ? AND R.GROUP_CODE <> 'OK' AND R.SUPERSEDED_BY IS NULL
			  AND COALESCE((SELECT MAX(CASE WHEN C.GROUP_CODE <> 'OK' AND C.SUPERSEDED_BY IS NULL THEN 1 ELSE 0 END)
			    FROM AUDIT_RESULT C WHERE C.INSTANCE_ID = ? AND C.FILING_IDENTITY = R.FILING_IDENTITY), 0) = 0
			""";

	/** Rows superseded per file and sheet. */
	public Map<Location, Integer> supersededCounts(long instanceId) {
		Map<Location, Integer> counts = new HashMap<>();
		jdbc.query("""
				SELECT SOURCE_FILE, SHEET, COUNT(*) FROM AUDIT_RESULT
				WHERE INSTANCE_ID = ? AND SUPERSEDED_BY IS NOT NULL GROUP BY SOURCE_FILE, SHEET""", (ResultSet rs) -> {
			counts.put(new Location(rs.getString(1), rs.getString(2), 0), rs.getInt(3));
		}, instanceId);
		return counts;
	}

	/** Each superseded row and the row that won, in file order. */
	public void forEachSuperseded(long instanceId, int limit, BiConsumer<Location, String> action) {
		Tables.limitedTo(jdbc, limit).query("""
				SELECT SOURCE_FILE, SHEET, ROW_NO, SUPERSEDED_BY FROM AUDIT_RESULT
				WHERE INSTANCE_ID = ? AND SUPERSEDED_BY IS NOT NULL ORDER BY SOURCE_FILE, SHEET, ROW_NO""",
				(ResultSet rs) -> {
					action.accept(new Location(rs.getString(1), rs.getString(2), rs.getInt(3)), rs.getString(4));
				}, instanceId);
	}

	public List<FileAccount> accounts(long instanceId) {
		return jdbc.query("""
				SELECT SOURCE_FILE, SHEET, ROWS_READ, AUDITED, REJECTED, BLANK, NOTE, LAST_AUDITED FROM AUDIT_FILE
				WHERE INSTANCE_ID = ? ORDER BY SOURCE_FILE, SHEET""",
				(rs, n) -> new FileAccount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
						rs.getInt(6), rs.getString(7), rs.getInt(8)),
				instanceId);
	}

	/** Filings per group in a run, and its rejected rows. */
	public GroupCounts counts(long instanceId) {
		Map<Group, Integer> byGroup = new EnumMap<>(Group.class);
		jdbc.query("""
				SELECT GROUP_CODE, COUNT(*) FROM AUDIT_RESULT
				WHERE INSTANCE_ID = ? AND SUPERSEDED_BY IS NULL GROUP BY GROUP_CODE""", (ResultSet rs) -> {
			byGroup.put(Group.valueOf(rs.getString(1)), rs.getInt(2));
		}, instanceId);
		return new GroupCounts(byGroup.getOrDefault(Group.LAPSED, 0), byGroup.getOrDefault(Group.RISKY, 0),
				byGroup.getOrDefault(Group.EXPIRING, 0), byGroup.getOrDefault(Group.OK, 0), countRejected(instanceId));
	}

	/** The run's Lapsed filings: one range of the index by group, not a pass over the run. */
	public int countLapsed(long instanceId) {
		Integer lapsed = jdbc.queryForObject("""
				SELECT COUNT(*) FROM AUDIT_RESULT
				WHERE INSTANCE_ID = ? AND GROUP_CODE = 'LAPSED' AND SUPERSEDED_BY IS NULL""", Integer.class, instanceId);
		return lapsed == null ? 0 : lapsed;
	}

	/**
	 * The filings of one group that carry findings, by deadline, then company, without what they were reminded of:
	 * what {@code findings.csv} lists of a group no workbook sheet lists (most OK filings carry none).
	 */
	public void forEachWithFindings(long instanceId, Group group, Consumer<StagedFiling> action) {
		streaming.query(FILING_ONLY + GROUP_ROWS.formatted(" AND R.FINDINGS <> ''"), (ResultSet rs) -> {
			action.accept(filing(rs));
		}, instanceId, group.name());
	}

	/**
	 * The filings of one group, by deadline, then company (the order the analyst works in), each told its group in the
	 * previous run ({@code previousInstance}), or that it was not there: what changed overnight. When several rows of
	 * the previous run stand for the filing, its group then is this group if one of them was in it, else the most
	 * severe of theirs.
	 */
	public void forEachInGroup(long instanceId, Group group, long previousInstance, Scope scope,
			Consumer<StagedFiling> action) {
		streaming.query(GROUP_QUERY.formatted(PREVIOUS_GROUP, scope.clause("R")), (ResultSet rs) -> {
			action.accept(filing(rs));
		}, scope.params(previousInstance, instanceId, group.name()));
	}

	/**
	 * The rank of a filing's group in the previous run (the parameter), as {@link #previousGroup} decodes it: the
	 * lowest of its rows' ranks, superseded rows last and ranked {@code NULL}. One look-up by the index on
	 * (FILING_IDENTITY, INSTANCE_ID), its conditions on the rows in the CASE and the ORDER BY (see {@link #RESOLVED});
	 * not an aggregate, which HSQLDB takes for the outer query's when it names the outer row.
	 */
	static final String PREVIOUS_GROUP = """
			(SELECT CASE WHEN P.SUPERSEDED_BY IS NULL THEN %1$s END FROM AUDIT_RESULT P
			  WHERE P.INSTANCE_ID = ? AND P.FILING_IDENTITY = R.FILING_IDENTITY
			  ORDER BY CASE WHEN P.SUPERSEDED_BY IS NULL THEN 0 ELSE 1 END, %1$s FETCH FIRST 1 ROW ONLY)"""
		.formatted("CASE WHEN P.GROUP_CODE = R.GROUP_CODE THEN -1 ELSE " + severity("P") + " END");

	/**
	 * The filings of a run that need action (not OK) among one sheet's rows numbered in {@code (after, upTo]}, in row
	 * order, each with the identity that finds it in other runs: one range of the primary key.
	 */
	public void forEachNeedingAction(long instanceId, String file, String sheet, int after, int upTo,
			BiConsumer<StagedFiling, String> action) {
		streaming.query(FILING_ONLY + """
				, R.FILING_IDENTITY FROM AUDIT_RESULT R
				WHERE R.INSTANCE_ID = ? AND R.SOURCE_FILE = ? AND R.SHEET = ? AND R.ROW_NO > ? AND R.ROW_NO <= ?
				  AND R.GROUP_CODE <> 'OK' AND R.SUPERSEDED_BY IS NULL
				ORDER BY R.ROW_NO""", (ResultSet rs) -> {
			action.accept(filing(rs), rs.getString(27));
		}, instanceId, file, sheet, after, upTo);
	}

	/**
	 * The run's planned reminders (REMINDER_ITEM) with their filings, recipient by recipient (owners' emails, then
	 * managers' digests), the nearest deadline first.
	 */
	public void forEachPlannedReminder(long instanceId, Consumer<PlannedReminder> action) {
		streaming.query(FILING_ONLY + """
				, R.FILING_IDENTITY, I.CHANNEL, I.RECIPIENT, I.FINDING, I.OCCASION, I.TIER
				FROM REMINDER_ITEM I JOIN AUDIT_RESULT R ON R.INSTANCE_ID = I.INSTANCE_ID AND R.SOURCE_FILE = I.SOURCE_FILE
				  AND R.SHEET = I.SHEET AND R.ROW_NO = I.ROW_NO
				WHERE I.INSTANCE_ID = ?
				ORDER BY I.CHANNEL, I.RECIPIENT, I.DEADLINE, R.COMPANY, R.SOURCE_FILE, R.SHEET, R.ROW_NO""",
				(ResultSet rs) -> {
					action.accept(new PlannedReminder(filing(rs), rs.getString(27), rs.getString(28), rs.getString(29),
							FindingCode.valueOf(rs.getString(30)), rs.getObject(31, LocalDate.class), rs.getInt(32)));
				}, instanceId);
	}

	/** One finding of a filing a run reminds someone of: see {@link #forEachPlannedReminder}. */
	public record PlannedReminder(StagedFiling filing, String identity, String channel, String recipient,
			FindingCode finding, LocalDate occasion, int tier) {
	}

	/**
	 * After a step has written a run's rows to these tables: on PostgreSQL their statistics are brought up to date at
	 * once. Its own (autovacuum's) come a minute later; a query planned before them takes tables that have grown from
	 * nothing to a million rows for empty, and joins them row by row against a full scan (120,000 rows: the reminder
	 * digests took over ten minutes instead of a second). HSQLDB plans by its indexes alone.
	 */
	public void refreshStatistics(String... tables) {
		Boolean needed = plannerNeedsStatistics;
		if (needed == null) {
			needed = "PostgreSQL".equals(jdbc.execute(
					(ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName()));
			plannerNeedsStatistics = needed;
		}
		if (needed) {
			for (String table : tables) {
				jdbc.execute("ANALYZE " + table);
			}
		}
	}

	/**
	 * Each file's and sheet's last audited row in a run ({@link Location#row()}): how far the history and remind steps
	 * walk, a window of rows at a time. Kept on the sheet's account as rows are staged, so that finding it does not
	 * read the run's rows.
	 */
	public List<Location> lastRows(long instanceId) {
		return jdbc.query("""
				SELECT SOURCE_FILE, SHEET, LAST_AUDITED FROM AUDIT_FILE
				WHERE INSTANCE_ID = ? AND LAST_AUDITED IS NOT NULL ORDER BY SOURCE_FILE, SHEET""",
				(rs, n) -> new Location(rs.getString(1), rs.getString(2), rs.getInt(3)), instanceId);
	}

	/**
	 * Dates the lapse episodes of the run's Lapsed rows of one sheet with row numbers in {@code (after, upTo]} and
	 * marks the repeated lapses (see {@link LapseEpisodes}); run once the run's groups are final, window after window.
	 * Doing a window again does the same: a restart may.
	 *
	 * @return how many Lapsed rows the window held
	 */
	public int recordLapseEpisodes(long instanceId, LocalDate asOf, int windowDays, String file, String sheet,
			int after, int upTo) {
		List<Location> rows = jdbc.query(LapseEpisodes.LAPSED_IN_WINDOW,
				(rs, n) -> new Location(rs.getString(1), rs.getString(2), rs.getInt(3)), instanceId, file, sheet, after,
				upTo);
		if (!rows.isEmpty()) {
			LapseEpisodes.carryForward(jdbc, instanceId,
					previousRun(instanceId, asOf).map(PreviousRun::instanceId).orElse(null), asOf, rows);
			LapseEpisodes.markRepeated(jdbc, instanceId, asOf, windowDays, rows);
			LapseEpisodes.recordCompanyLapses(jdbc, instanceId, asOf, file, sheet, after, upTo);
		}
		return rows.size();
	}

	/** A group's rank in SQL, most severe first: the order of {@link Group}. */
	static String severity(String alias) {
		StringBuilder rank = new StringBuilder("CASE " + alias + ".GROUP_CODE");
		for (Group group : Group.values()) {
			rank.append(" WHEN '").append(group.name()).append("' THEN ").append(group.ordinal());
		}
		return rank.append(" END").toString();
	}

	/** The last completed run before this one with an as-of date on or before {@code asOf}. */
	public Optional<PreviousRun> previousRun(long instanceId, LocalDate asOf) {
		return Tables.limitedTo(jdbc, 1).query("""
				SELECT INSTANCE_ID, AS_OF FROM AUDIT_RUN WHERE STATUS = 'COMPLETED' AND INSTANCE_ID <> ? AND AS_OF <= ?
				ORDER BY AS_OF DESC, EXECUTION_ID DESC""", (rs, n) -> new PreviousRun(rs.getLong(1), localDate(rs, 2)),
				instanceId, asOf).stream().findFirst();
	}

	/** A completed run to compare with. */
	public record PreviousRun(long instanceId, LocalDate asOf) {
	}

	/**
	 * Filings in a group in the previous run that are OK or gone now, the most severe first, streamed: the Summaries
	 * of the main and the owners' workbooks count and list them from one pass.
	 */
	public void forEachResolved(long instanceId, long previousInstance, Consumer<StagedFiling> action) {
		streaming.query(GROUP_COLUMNS.formatted("NULL") + RESOLVED + "ORDER BY %s, R.COMPANY".formatted(severity("R")),
				(ResultSet rs) -> {
			action.accept(filing(rs));
		}, previousInstance, instanceId);
	}

	private static final String FILING_COLUMNS = """
			SELECT R.SOURCE_FILE, R.SHEET, R.ROW_NO, R.COMPANY, R.CREDIT_CODE, R.TYPE_CODE, R.FILING_NO, R.ISSUE_DATE,
			  R.EXPIRY_DATE, R.EXPIRY_DERIVED, R.NO_EXPIRY, R.RENEWAL_SUBMITTED, R.STATUS, R.REGION, R.OWNER_NAME,
			  R.GROUP_CODE, R.DEADLINE, R.DAYS_LEFT, R.FINDINGS, R.CONFLICT_WITH, R.LAPSED_SINCE, R.REPEAT_LAPSE, R.AUTHORITY,
			""";

	/** A filing's columns, when it was last reminded and of which tier, and (the one parameter) its previous group. */
	static final String GROUP_COLUMNS = FILING_COLUMNS + """
			  (SELECT MAX(T.AS_OF) FROM REMINDER_TIER T WHERE T.FILING_IDENTITY = R.FILING_IDENTITY AND T.TIER >= 0),
			  (SELECT MIN(T.SENT_TIER) FROM REMINDER_TIER T WHERE T.FILING_IDENTITY = R.FILING_IDENTITY AND T.TIER >= 0
			    AND T.AS_OF = (SELECT MAX(L.AS_OF) FROM REMINDER_TIER L WHERE L.FILING_IDENTITY = R.FILING_IDENTITY
			      AND L.TIER >= 0)), %s
			""";

	/**
	 * A filing's columns alone: what it was reminded of left out (reminders being planned read their own). The NULLs
	 * are typed: PostgreSQL takes a bare NULL for text, which its driver will not read as a number or a date.
	 */
	private static final String FILING_ONLY = FILING_COLUMNS + """
			  CAST(NULL AS DATE), CAST(NULL AS INTEGER), CAST(NULL AS INTEGER)
			""";

	private static final String GROUP_ROWS = """
			FROM AUDIT_RESULT R WHERE R.INSTANCE_ID = ? AND R.GROUP_CODE = ? AND R.SUPERSEDED_BY IS NULL%s
			ORDER BY R.DEADLINE, R.COMPANY, R.SOURCE_FILE, R.SHEET, R.ROW_NO""";

	static final String GROUP_QUERY = GROUP_COLUMNS + GROUP_ROWS;

	public void forEachRejection(long instanceId, Consumer<StagedRejection> action) {
		streaming.query("""
				SELECT SOURCE_FILE, SHEET, ROW_NO, FILING_NO, COLUMN_NAME, CELL_VALUE, REASON
				FROM AUDIT_REJECTION WHERE INSTANCE_ID = ? ORDER BY SOURCE_FILE, SHEET, ROW_NO""", (ResultSet rs) -> {
			action.accept(new StagedRejection(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)));
		}, instanceId);
	}

	public void recordRun(RunRecord run) {
		GroupCounts c = run.counts();
		jdbc.update("""
				INSERT INTO AUDIT_RUN (EXECUTION_ID, INSTANCE_ID, AS_OF, STARTED_AT, ENDED_AT, STATUS, REPORT, LAPSED,
				  RISKY, EXPIRING, OK, REJECTED, FAILURE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				run.executionId(), run.instanceId(), run.asOf(), run.startedAt(),
				run.endedAt(), run.status(), run.report(), c == null ? null : c.lapsed(),
				c == null ? null : c.risky(), c == null ? null : c.expiring(), c == null ? null : c.ok(),
				c == null ? null : c.rejected(), cap(run.failure()));
	}


	static StagedFiling filing(ResultSet rs) throws SQLException {
		rs.getInt(18);
		Integer daysLeft = rs.wasNull() ? null : rs.getInt(18);
		return new StagedFiling(new Location(rs.getString(1), rs.getString(2), rs.getInt(3)), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), localDate(rs, 8), localDate(rs, 9),
				rs.getInt(10) == 1, rs.getInt(11) == 1, localDate(rs, 12), rs.getString(13), rs.getString(14),
				rs.getString(15), Group.valueOf(rs.getString(16)), localDate(rs, 17), daysLeft,
				FindingsColumn.decode(rs.getString(19)), rs.getString(20), localDate(rs, 21), rs.getInt(22) == 1,
				rs.getString(23), localDate(rs, 24), (Integer) rs.getObject(25, Integer.class),
				previousGroup(rs, 26, Group.valueOf(rs.getString(16))));
	}

	/** Decodes the previous group's rank: -1 for the filing's own group, else {@link Group}'s ordinal. */
	private static @Nullable Group previousGroup(ResultSet rs, int column, Group group) throws SQLException {
		int rank = rs.getInt(column);
		if (rs.wasNull()) {
			return null;
		}
		return rank < 0 ? group : Group.values()[rank];
	}

	static @Nullable LocalDate localDate(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static @Nullable String cap(@Nullable String text) {
		return text == null || text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 1) + "…";
	}

	/** Which filings a query covers: all of them, or one owner's (or those with no owner). */
	public record Scope(boolean everyone, @Nullable String owner) {

		public static final Scope ALL = new Scope(true, null);

		public static Scope of(@Nullable String owner) {
			return new Scope(false, owner);
		}

		String clause(String alias) {
			return everyone ? "" : owner == null ? " AND " + alias + ".OWNER_NAME IS NULL" : " AND " + alias + ".OWNER_NAME = ?";
		}

		Object[] params(Object... before) {
			if (everyone || owner == null) {
				return before;
			}
			Object[] all = Arrays.copyOf(before, before.length + 1);
			all[before.length] = owner;
			return all;
		}

	}

	/**
	 * The owners of the run's filings, {@code null} (filings with none) first, then by name: sorted here, not by the
	 * database, whose collation and place of NULL differ from one database to another.
	 */
	public List<String> owners(long instanceId) {
		return jdbc.query("""
				SELECT DISTINCT OWNER_NAME FROM AUDIT_RESULT WHERE INSTANCE_ID = ? AND SUPERSEDED_BY IS NULL""",
				(rs, n) -> rs.getString(1), instanceId).stream().sorted(OWNER_ORDER).toList();
	}

	/** The order of {@link #owners}. */
	public static final Comparator<@Nullable String> OWNER_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

	/**
	 * The run's filings counted by owner, type, region and group, superseded rows left out: everything the Summaries
	 * of the main and the owners' workbooks count, in one pass over the run's rows.
	 */
	public void forEachTally(long instanceId, Consumer<Tally> action) {
		streaming.query("""
				SELECT OWNER_NAME, TYPE_CODE, REGION, GROUP_CODE, COUNT(*) FROM AUDIT_RESULT
				WHERE INSTANCE_ID = ? AND SUPERSEDED_BY IS NULL GROUP BY OWNER_NAME, TYPE_CODE, REGION, GROUP_CODE""",
				(ResultSet rs) -> {
					action.accept(new Tally(rs.getString(1), rs.getString(2), rs.getString(3),
							Group.valueOf(rs.getString(4)), rs.getInt(5)));
				}, instanceId);
	}

	/** How many of a run's filings have one owner, type, region and group. */
	public record Tally(@Nullable String owner, String type, @Nullable String region, Group group, int count) {
	}

	public int countRejected(long instanceId) {
		Integer rejected = jdbc.queryForObject("SELECT COUNT(*) FROM AUDIT_REJECTION WHERE INSTANCE_ID = ?",
				Integer.class, instanceId);
		return rejected == null ? 0 : rejected;
	}

	/**
	 * An audited row and where it came from.
	 *
	 * @param sourceModified when its file was last modified (epoch milliseconds): the newest file wins a duplicate
	 * @param ordinal its place in its file
	 */
	public record AuditedRow(Location location, Assessment assessment, long sourceModified, int ordinal) {
	}

}
