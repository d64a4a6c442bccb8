package com.filingaudit.remind;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * Decides, after the report, who is reminded of what: the tiers each finding reached (recorded, so that each is
 * reminded once), one digest per owner and per manager in the outbox, the items in the owners' inboxes. Runs inside
 * the run's transaction; sending comes after (see {@link ReminderDelivery}).
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
	 * Plans the run's reminders; returns how many findings are reminded.
	 *
	 * @param between run before each filing: it may throw to abandon the plan (a stop asked for), which the caller's
	 * transaction then rolls back
	 */
	public int plan(long instanceId, LocalDate asOf, Runnable between) {
		Map<String, Person> directory = new HashMap<>();
		people.all().forEach(p -> directory.put(p.name(), p));
		Map<String, Batch> byManager = new LinkedHashMap<>();
		Batch[] owner = { null };
		int[] count = { 0 };
		int[] owners = { 0 };
		Inserts tiersReached = new Inserts(jdbc, """
				INSERT INTO REMINDER_TIER (FILING_IDENTITY, FINDING, DEADLINE, TIER, INSTANCE_ID, AS_OF, SENT_TIER,
				  OWNER_NAME) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
		Inserts inboxItems = new Inserts(jdbc, """
				INSERT INTO INBOX_ITEM (PERSON, INSTANCE_ID, AS_OF, FILING_IDENTITY, COMPANY, TYPE_CODE, FILING_NO,
				  FINDING, DEADLINE, TIER, MESSAGE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
		// filings come owner by owner: each owner's digest is written before the next owner's items are read
		store.forEachNeedingAction(instanceId, (filing, identity) -> {
			between.run();
			String name = filing.owner() == null ? "" : filing.owner();
			if (owner[0] == null || !owner[0].key.equals(name)) {
				if (owner[0] != null && owner[0].total > 0) {
					outbox(instanceId, asOf, EMAIL, owner[0], false);
					owners[0]++;
				}
				Person person = directory.get(name);
				owner[0] = new Batch(name, person != null ? new Recipient(person.name(), person.email(),
						person.locale(), person.name()) : unassigned(name, directory), person);
			}
			Batch batch = owner[0];
			Map<String, LocalDate> lastEscalated = new HashMap<>();
			// a filing twice in the run (a number two companies claim) sees the tiers its first row reached
			tiersReached.flushIfPending(identity);
			Map<String, Set<Integer>> reminded = reminded(identity, lastEscalated);
			for (Finding finding : filing.findings()) {
				LocalDate occasion = ReminderTiers.occasion(finding);
				Set<Integer> done = reminded.getOrDefault(finding.code().name() + "@" + occasion, Set.of());
				Optional<ReminderTiers.Due> due = tiers.due(finding, asOf, done);
				if (due.isEmpty()) {
					escalate(instanceId, asOf, filing, identity, finding, occasion, batch.person, directory, byManager,
							lastEscalated.get(finding.code().name() + "@" + occasion));
					continue;
				}
				for (int tier : due.get().reached()) {
					tiersReached.add(identity, identity, finding.code().name(), occasion, tier, instanceId, asOf,
							due.get().tier(), filing.owner());
				}
				ReminderItem item = new ReminderItem(filing, identity, finding, due.get().tier(), done.isEmpty());
				batch.add(item);
				if (batch.to.inbox() != null) {
					inbox(inboxItems, instanceId, asOf, batch.to, item);
				}
				Person person = batch.person;
				if (person != null && person.manager() != null && directory.containsKey(person.manager())
						&& (item.first() || item.tier() == ReminderTiers.AT_ONCE)) {
					Person manager = directory.get(person.manager());
					byManager.computeIfAbsent(manager.name(), m -> new Batch(m,
							new Recipient(manager.name(), manager.email(), manager.locale(), null), manager))
						.add(item);
				}
				count[0]++;
			}
		});
		tiersReached.flush();
		inboxItems.flush();
		if (owner[0] != null && owner[0].total > 0) {
			outbox(instanceId, asOf, EMAIL, owner[0], false);
			owners[0]++;
		}
		byManager.values().forEach(batch -> outbox(instanceId, asOf, MANAGER, batch, true));
		log.info("Reminders as of {}: {} finding(s) for {} owner(s) and {} manager(s)", asOf, count[0], owners[0],
				byManager.size());
		return count[0];
	}

	/**
	 * The items of one digest: the first {@link Digest#LISTED} listed, all counted, so that memory does not grow with
	 * the number of filings.
	 */
	private static final class Batch {

		final String key;

		final Recipient to;

		final @Nullable Person person;

		final List<ReminderItem> listed = new ArrayList<>();

		int total;

		Batch(String key, Recipient to, @Nullable Person person) {
			this.key = key;
			this.to = to;
			this.person = person;
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

	/** Owners the directory lacks go to {@code audit.remind.unassigned-to}, never nowhere. */
	private Recipient unassigned(String owner, Map<String, Person> directory) {
		String to = properties.unassignedTo();
		String name = owner.isEmpty() ? "(unassigned)" : owner;
		if (to != null && directory.containsKey(to)) {
			Person person = directory.get(to);
			return new Recipient(name, person.email(), person.locale(), person.name());
		}
		return new Recipient(name, to == null ? "" : to, "zh-CN", null);
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
	 * {@code audit.remind.escalate-every} until it is resolved.
	 */
	private void escalate(long instanceId, LocalDate asOf, StagedFiling filing, String identity,
			Finding finding, LocalDate occasion, @Nullable Person owner, Map<String, Person> directory,
			Map<String, Batch> byManager, @Nullable LocalDate last) {
		if (owner == null || owner.manager() == null || !directory.containsKey(owner.manager()) || last == null
				|| finding.group() == null || finding.group() == Group.EXPIRING
				|| last.plusDays(properties.escalateEvery().toDays()).isAfter(asOf)) {
			return;
		}
		if (jdbc.update("""
				UPDATE REMINDER_TIER SET AS_OF = ?, INSTANCE_ID = ? WHERE FILING_IDENTITY = ? AND FINDING = ? AND DEADLINE = ?
				  AND TIER = ?""", asOf, instanceId, identity, finding.code().name(), occasion, ESCALATED) == 0) {
			jdbc.update("""
					INSERT INTO REMINDER_TIER (FILING_IDENTITY, FINDING, DEADLINE, TIER, INSTANCE_ID, AS_OF, SENT_TIER,
					  OWNER_NAME) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", identity, finding.code().name(), occasion, ESCALATED,
					instanceId, asOf, ESCALATED, filing.owner());
		}
		Person manager = directory.get(owner.manager());
		byManager.computeIfAbsent(manager.name(), m -> new Batch(m,
				new Recipient(manager.name(), manager.email(), manager.locale(), null), manager))
			.add(new ReminderItem(filing, identity, finding, ESCALATED, false));
	}

	private void outbox(long instanceId, LocalDate asOf, String channel, Batch batch, boolean forManager) {
		Recipient to = batch.to;
		Messages messages = Messages.of(to.locale());
		Digest digest = Digest.of(batch.listed, batch.total, forManager, asOf, messages, catalog, deskUrl);
		LocalDateTime now = LocalDateTime.now(clock);
		jdbc.update("""
				INSERT INTO OUTBOX (INSTANCE_ID, AS_OF, CHANNEL, RECIPIENT, ADDRESS, SUBJECT, BODY_TEXT, BODY_HTML, ITEMS,
				  STATUS, ATTEMPTS, NEXT_ATTEMPT_AT, LAST_ERROR, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""",
				instanceId, asOf, channel, to.name(), to.address(), digest.subject(), digest.text(), digest.html(),
				digest.items(), to.address().isEmpty() ? Outbox.HELD : Outbox.PENDING, now,
				to.address().isEmpty() ? "no address: add the owner to the people directory, or set audit.remind.unassigned-to"
						: null, now);
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
