package com.filingaudit.remind;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import com.filingaudit.report.FindingText;
import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.Finding;
import com.filingaudit.rules.Group;
import com.filingaudit.rules.ReminderTiers;
import com.filingaudit.store.AuditStore;
import com.filingaudit.store.StagedFiling;
import com.filingaudit.system.Messages;

/**
 * Decides, before the report, who is reminded of what: the tiers each finding reached (recorded, so that each is
 * reminded once), the items in the owners' inboxes, and one digest per owner and per manager in the outbox. The
 * filings are planned a window at a time, each window in its own transaction, so that a run's memory does not grow
 * with its findings; who hears of what is kept (REMINDER_ITEM) and the digests are written from it once every window
 * is planned. Sending comes after the run (see {@link ReminderDelivery}).
 */
public class PlanReminders {

	private static final Logger log = LoggerFactory.getLogger(PlanReminders.class);

	static final String EMAIL = "EMAIL";

	static final String MANAGER = "MANAGER";

	private final JdbcTemplate jdbc;

	private final AuditStore store;

	private final People people;

	private final Catalog catalog;

	private final RemindProperties properties;

	private final ReminderTiers tiers;

	private final String deskUrl;

	private final Clock clock;

	PlanReminders(JdbcTemplate jdbc, AuditStore store, People people, Catalog catalog, RemindProperties properties,
			String deskUrl, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.people = people;
		this.catalog = catalog;
		this.properties = properties;
		this.tiers = new ReminderTiers(properties.days());
		this.deskUrl = deskUrl.endsWith("/") ? deskUrl.substring(0, deskUrl.length() - 1) : deskUrl;
		this.clock = clock;
	}

	/**
	 * Plans the reminders of one window of the run's filings: one sheet's rows numbered in {@code (after, upTo]}. A
	 * window rolled back (a stop, a failure) is planned again whole.
	 *
	 * @param between run before each filing: it may throw to abandon the window (a stop asked for), which the
	 * caller's transaction then rolls back
	 * @return how many findings are reminded to their owners
	 */
	public int planWindow(long instanceId, LocalDate asOf, String file, String sheet, int after, int upTo,
			Runnable between) {
		Map<String, Person> directory = directory();
		int[] count = { 0 };
		Inserts tiersReached = new Inserts(jdbc, """
				INSERT INTO REMINDER_TIER (FILING_IDENTITY, FINDING, DEADLINE, TIER, INSTANCE_ID, AS_OF, SENT_TIER,
				  OWNER_NAME) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
		Inserts inboxItems = new Inserts(jdbc, """
				INSERT INTO INBOX_ITEM (PERSON, INSTANCE_ID, AS_OF, FILING_IDENTITY, COMPANY, TYPE_CODE, FILING_NO,
				  FINDING, DEADLINE, TIER, MESSAGE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
		Inserts items = new Inserts(jdbc, """
				INSERT INTO REMINDER_ITEM (INSTANCE_ID, CHANNEL, RECIPIENT, SOURCE_FILE, SHEET, ROW_NO, FINDING, OCCASION,
				  DEADLINE, TIER) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
		store.forEachNeedingAction(instanceId, file, sheet, after, upTo, (filing, identity) -> {
			between.run();
			String owner = filing.owner() == null ? "" : filing.owner();
			Person person = directory.get(owner);
			@Nullable Person manager = person == null || person.manager() == null ? null
					: directory.get(person.manager());
			Recipient to = owner(owner, directory);
			Map<String, LocalDate> lastEscalated = new HashMap<>();
			// a filing twice in the run (a number two companies claim) sees the tiers its first row reached
			tiersReached.flushIfPending(identity);
			Map<String, Set<Integer>> reminded = reminded(identity, lastEscalated);
			for (Finding finding : filing.findings()) {
				LocalDate occasion = ReminderTiers.occasion(finding);
				String key = finding.code().name() + "@" + occasion;
				Set<Integer> done = reminded.getOrDefault(key, Set.of());
				Optional<ReminderTiers.Due> due = tiers.due(finding, asOf, done);
				if (due.isEmpty()) {
					if (manager != null && escalate(instanceId, asOf, filing, identity, finding, occasion,
							lastEscalated.get(key))) {
						items.add(identity, item(instanceId, MANAGER, manager.name(), filing, finding, ESCALATED));
					}
					continue;
				}
				for (int tier : due.get().reached()) {
					tiersReached.add(identity, identity, finding.code().name(), occasion, tier, instanceId, asOf,
							due.get().tier(), filing.owner());
				}
				int tier = due.get().tier();
				items.add(identity, item(instanceId, EMAIL, owner, filing, finding, tier));
				if (to.inbox() != null) {
					inbox(inboxItems, instanceId, asOf, to, new ReminderItem(filing, identity, finding, tier));
				}
				// a manager hears of a finding once: when first reminded, or at once when Risky or Lapsed
				if (manager != null && (done.isEmpty() || tier == ReminderTiers.AT_ONCE)) {
					items.add(identity, item(instanceId, MANAGER, manager.name(), filing, finding, tier));
				}
				count[0]++;
			}
		});
		tiersReached.flush();
		inboxItems.flush();
		items.flush();
		return count[0];
	}

	private static Object[] item(long instanceId, String channel, String recipient, StagedFiling filing,
			Finding finding, int tier) {
		return new Object[] { instanceId, channel, recipient, filing.location().file(), filing.location().sheet(),
				filing.location().row(), finding.code().name(), ReminderTiers.occasion(finding), finding.deadline(),
				tier };
	}

	/**
	 * Writes one digest per owner and per manager from the run's planned reminders, recipient by recipient; done once
	 * every window is planned, in one transaction (a digest per recipient: small).
	 *
	 * @param between run before each item: it may throw to abandon the digests (a stop asked for)
	 */
	public void writeDigests(long instanceId, LocalDate asOf, Runnable between) {
		Map<String, Person> directory = directory();
		Batch[] batch = { null };
		int[] sent = { 0, 0 };
		int[] findings = { 0 };
		store.forEachPlannedReminder(instanceId, planned -> {
			between.run();
			boolean forManager = MANAGER.equals(planned.channel());
			if (batch[0] == null || !batch[0].channel.equals(planned.channel())
					|| !batch[0].key.equals(planned.recipient())) {
				if (batch[0] != null) {
					sent[outbox(instanceId, asOf, batch[0]) ? 1 : 0]++;
				}
				batch[0] = new Batch(planned.channel(), planned.recipient(),
						forManager ? manager(planned.recipient(), directory) : owner(planned.recipient(), directory));
			}
			batch[0].add(new ReminderItem(planned.filing(), planned.identity(), finding(planned), planned.tier()));
			if (!forManager) {
				findings[0]++;
			}
		});
		if (batch[0] != null) {
			sent[outbox(instanceId, asOf, batch[0]) ? 1 : 0]++;
		}
		log.info("Reminders as of {}: {} finding(s) for {} owner(s) and {} manager(s)", asOf, findings[0], sent[0],
				sent[1]);
	}

	/** The finding a planned reminder is about, among those staged with its filing. */
	private static Finding finding(AuditStore.PlannedReminder planned) {
		return planned.filing()
			.findings()
			.stream()
			.filter(f -> f.code() == planned.finding() && ReminderTiers.occasion(f).equals(planned.occasion()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the staged row " + planned.filing().location()
					+ " no longer holds the finding " + planned.finding() + " it was reminded of"));
	}

	private Map<String, Person> directory() {
		Map<String, Person> directory = new HashMap<>();
		people.all().forEach(p -> directory.put(p.name(), p));
		return directory;
	}

	/**
	 * The items of one digest: the first {@link Digest#LISTED} listed, all counted, so that memory does not grow with
	 * the number of filings.
	 */
	private static final class Batch {

		final String channel;

		final String key;

		final Recipient to;

		final List<ReminderItem> listed = new ArrayList<>();

		int total;

		Batch(String channel, String key, Recipient to) {
			this.channel = channel;
			this.key = key;
			this.to = to;
		}

		void add(ReminderItem item) {
			total++;
			if (listed.size() < Digest.LISTED) {
				listed.add(item);
			}
		}

	}

	/** Where a reminder goes: a person (with an inbox) or a bare address; an empty address is held on the desk. */
	record Recipient(String name, String address, String locale, @Nullable String inbox) {
	}

	/** An owner's digest goes to them; owners the directory lacks to {@code audit.remind.unassigned-to}, never nowhere. */
	private Recipient owner(String owner, Map<String, Person> directory) {
		Person person = directory.get(owner);
		if (person != null) {
			return new Recipient(person.name(), person.email(), person.locale(), person.name());
		}
		String to = properties.unassignedTo();
		String name = owner.isEmpty() ? "(unassigned)" : owner;
		if (to != null && directory.containsKey(to)) {
			Person unassigned = directory.get(to);
			return new Recipient(name, unassigned.email(), unassigned.locale(), unassigned.name());
		}
		return new Recipient(name, to == null ? "" : to, "zh-CN", null);
	}

	/** A manager taken out of the directory since the plan: their digest is held on the desk, not lost. */
	private static Recipient manager(String manager, Map<String, Person> directory) {
		Person person = directory.get(manager);
		return person != null ? new Recipient(person.name(), person.email(), person.locale(), null)
				: new Recipient(manager, "", "zh-CN", null);
	}

	/**
	 * The tiers reminded for each finding and occasion of a filing; {@code lastEscalated} receives the day its manager
	 * last heard of each one that is Risky or Lapsed.
	 */
	private Map<String, Set<Integer>> reminded(String identity, Map<String, LocalDate> lastEscalated) {
		Map<String, Set<Integer>> reminded = new HashMap<>();
		jdbc.query("SELECT FINDING, DEADLINE, TIER, AS_OF FROM REMINDER_TIER WHERE FILING_IDENTITY = ?", rs -> {
			String key = rs.getString(1) + "@" + rs.getObject(2, LocalDate.class);
			int tier = rs.getInt(3);
			if (tier == ESCALATED || tier == ReminderTiers.AT_ONCE) {
				lastEscalated.merge(key, rs.getObject(4, LocalDate.class), (a, b) -> a.isAfter(b) ? a : b);
			}
			if (tier != ESCALATED) {
				reminded.computeIfAbsent(key, k -> new HashSet<>()).add(tier);
			}
		}, identity);
		return reminded;
	}

	/** The pseudo-tier that records the last weekly repeat of an unresolved Risky or Lapsed finding to its manager. */
	static final int ESCALATED = -1;

	/**
	 * A Risky or Lapsed finding already reminded goes to the owner's manager again every
	 * {@code audit.remind.escalate-every} until it is resolved; records that it does.
	 *
	 * @return whether it goes to the manager this run
	 */
	private boolean escalate(long instanceId, LocalDate asOf, StagedFiling filing, String identity, Finding finding,
			LocalDate occasion, @Nullable LocalDate last) {
		if (last == null || finding.group() == null || finding.group() == Group.EXPIRING
				|| last.plusDays(properties.escalateEvery().toDays()).isAfter(asOf)) {
			return false;
		}
		if (jdbc.update("""
				UPDATE REMINDER_TIER SET AS_OF = ?, INSTANCE_ID = ? WHERE FILING_IDENTITY = ? AND FINDING = ? AND DEADLINE = ?
				  AND TIER = ?""", asOf, instanceId, identity, finding.code().name(), occasion, ESCALATED) == 0) {
			jdbc.update("""
					INSERT INTO REMINDER_TIER (FILING_IDENTITY, FINDING, DEADLINE, TIER, INSTANCE_ID, AS_OF, SENT_TIER,
					  OWNER_NAME) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", identity, finding.code().name(), occasion, ESCALATED,
					instanceId, asOf, ESCALATED, filing.owner());
		}
		return true;
	}

	/** @return whether the digest is a manager's */
	private boolean outbox(long instanceId, LocalDate asOf, Batch batch) {
		Recipient to = batch.to;
		boolean forManager = MANAGER.equals(batch.channel);
		// written already by this run before a restart (its end lost to a kill): the same digest, kept
		if (jdbc.queryForObject("SELECT COUNT(*) FROM OUTBOX WHERE INSTANCE_ID = ? AND CHANNEL = ? AND RECIPIENT = ?",
				Integer.class, instanceId, batch.channel, to.name()) > 0) {
			return forManager;
		}
		Messages messages = Messages.of(to.locale());
		Digest digest = Digest.of(batch.listed, batch.total, forManager, asOf, messages, catalog, deskUrl);
		LocalDateTime now = LocalDateTime.now(clock);
		jdbc.update("""
				INSERT INTO OUTBOX (INSTANCE_ID, AS_OF, CHANNEL, RECIPIENT, ADDRESS, SUBJECT, BODY_TEXT, BODY_HTML, ITEMS,
				  STATUS, ATTEMPTS, NEXT_ATTEMPT_AT, LAST_ERROR, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""",
				instanceId, asOf, batch.channel, to.name(), to.address(), digest.subject(), digest.text(), digest.html(),
				digest.items(), to.address().isEmpty() ? Outbox.HELD : Outbox.PENDING, now,
				to.address().isEmpty() ? "no address: add the owner to the people directory, or set audit.remind.unassigned-to"
						: null, now);
		return forManager;
	}

	private void inbox(Inserts inboxItems, long instanceId, LocalDate asOf, Recipient to, ReminderItem item) {
		FindingText text = new FindingText(Messages.of(to.locale()), catalog);
		String sentence = text.sentence(item.finding(), item.filing());
		inboxItems.add(item.identity(), to.inbox(), instanceId, asOf, item.identity(), item.filing().company(),
				item.filing().typeCode(), item.filing().filingNo(), item.finding().code().name(),
				item.finding().deadline(), item.tier(), sentence.length() > 4000 ? sentence.substring(0, 4000) : sentence);
	}

	/**
	 * Rows to insert, sent in batches: one statement per few hundred rows rather than per row. Each row is noted with
	 * the filing it is about, so that reading that filing's rows can flush them first.
	 */
	private static final class Inserts {

		private static final int BATCH = 500;

		private final JdbcTemplate jdbc;

		private final String sql;

		private final List<Object[]> rows = new ArrayList<>();

		private final Set<String> filings = new HashSet<>();

		Inserts(JdbcTemplate jdbc, String sql) {
			this.jdbc = jdbc;
			this.sql = sql;
		}

		void add(String filing, Object... values) {
			rows.add(values);
			filings.add(filing);
			if (rows.size() >= BATCH) {
				flush();
			}
		}

		void flushIfPending(String filing) {
			if (filings.contains(filing)) {
				flush();
			}
		}

		void flush() {
			if (!rows.isEmpty()) {
				jdbc.batchUpdate(sql, rows);
			}
			rows.clear();
			filings.clear();
		}

	}

}
