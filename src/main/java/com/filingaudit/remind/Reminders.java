package com.filingaudit.remind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import com.filingaudit.store.Tables;

/** What was reminded, for the desk: the inbox of a person, the outbox, the tiers of a filing. */
public class Reminders {

	private final JdbcTemplate jdbc;

	private final ReminderDelivery delivery;

	Reminders(JdbcTemplate jdbc, ReminderDelivery delivery) {
		this.jdbc = jdbc;
		this.delivery = delivery;
	}

	public record InboxItem(long id, LocalDate asOf, String identity, String company, String typeCode,
			@Nullable String filingNo, String finding, LocalDate deadline, int tier, String message,
			@Nullable LocalDateTime readAt) {
	}

	/**
	 * One reminder of a filing through one channel.
	 *
	 * @param channel {@code EMAIL} (the owner's digest), {@code MANAGER} (their manager's) or {@code INBOX}
	 * @param status a mail's outbox status ({@code SENT}, {@code FAILED}, ...), or {@code UNREAD} / {@code READ}
	 * @param at when the mail was sent, or the item read
	 * @param answer the mail server's answer to the last failed attempt
	 */
	public record FilingReminder(LocalDate asOf, String finding, int tier, String channel, String recipient,
			String status, @Nullable LocalDateTime at, @Nullable String answer) {
	}

	/**
	 * One reminder a person was sent: the filing, the finding and the tier, and how its email went ({@code null} when
	 * no email was written for it).
	 */
	public record Sent(LocalDate asOf, String company, String typeCode, @Nullable String filingNo, String finding,
			int tier, @Nullable String emailStatus, @Nullable LocalDateTime emailSentAt, @Nullable String emailError) {
	}

	/** The reminders a person was sent as owner, newest first. */
	public List<Sent> sentTo(String person, int limit) {
		return Tables.limitedTo(jdbc, limit).query("""
				SELECT T.AS_OF, R.COMPANY, R.TYPE_CODE, R.FILING_NO, T.FINDING, T.SENT_TIER, O.STATUS, O.SENT_AT,
				  O.LAST_ERROR
				FROM REMINDER_TIER T
				JOIN AUDIT_RESULT R ON R.INSTANCE_ID = T.INSTANCE_ID AND R.FILING_IDENTITY = T.FILING_IDENTITY
				  AND R.SUPERSEDED_BY IS NULL
				LEFT JOIN OUTBOX O ON O.INSTANCE_ID = T.INSTANCE_ID AND O.CHANNEL = 'EMAIL' AND O.RECIPIENT = T.OWNER_NAME
				WHERE T.OWNER_NAME = ? AND T.TIER = T.SENT_TIER AND T.TIER >= 0
				ORDER BY T.AS_OF DESC, R.COMPANY""",
				(rs, n) -> new Sent(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getInt(6), rs.getString(7), rs.getObject(8, LocalDateTime.class),
						rs.getString(9)),
				person);
	}

	/** Mails the outbox has sent: it never removes a mail, so this only grows (the operations metrics count on it). */
	public long sentMails() {
		Long sent = jdbc.queryForObject("SELECT COUNT(*) FROM OUTBOX WHERE STATUS = ?", Long.class, Outbox.SENT);
		return sent == null ? 0 : sent;
	}

	public boolean emailOn() {
		return delivery.emailOn();
	}

	public List<InboxItem> inbox(String person, int limit) {
		return Tables.limitedTo(jdbc, limit).query("""
				SELECT ID, AS_OF, FILING_IDENTITY, COMPANY, TYPE_CODE, FILING_NO, FINDING, DEADLINE, TIER, MESSAGE, READ_AT
				FROM INBOX_ITEM WHERE PERSON = ? ORDER BY READ_AT NULLS FIRST, AS_OF DESC, DEADLINE, ID""",
				(rs, n) -> new InboxItem(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
						rs.getObject(8, LocalDate.class), rs.getInt(9), rs.getString(10),
						rs.getObject(11, LocalDateTime.class)),
				person);
	}

	public int unread(String person) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM INBOX_ITEM WHERE PERSON = ? AND READ_AT IS NULL",
				Integer.class, person);
		return count == null ? 0 : count;
	}

	/** Marks one item (of this person only) or all of theirs read. */
	public void markRead(String person, @Nullable Long id, LocalDateTime at) {
		if (id == null) {
			jdbc.update("UPDATE INBOX_ITEM SET READ_AT = ? WHERE PERSON = ? AND READ_AT IS NULL", at, person);
		}
		else {
			jdbc.update("UPDATE INBOX_ITEM SET READ_AT = ? WHERE PERSON = ? AND ID = ? AND READ_AT IS NULL", at, person,
					id);
		}
	}

	public List<Outbox.Mail> outbox(int limit) {
		return Tables.limitedTo(jdbc, limit).query("""
				SELECT ID, AS_OF, CHANNEL, RECIPIENT, ADDRESS, SUBJECT, ITEMS, STATUS, ATTEMPTS, LAST_ERROR, SENT_AT
				FROM OUTBOX ORDER BY ID DESC""",
				(rs, n) -> new Outbox.Mail(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getInt(9),
						rs.getString(10), rs.getObject(11, LocalDateTime.class)));
	}

	/**
	 * A filing's reminders, newest first: per tier sent, the owner's email, the manager's digest when it listed the
	 * filing (the first tier, Risky or Lapsed at once, the weekly repeat) and the inbox item.
	 */
	public List<FilingReminder> ofFiling(String identity) {
		return jdbc.query("""
				SELECT T.AS_OF, T.FINDING, T.SENT_TIER, O.CHANNEL, O.RECIPIENT, O.STATUS, O.SENT_AT, O.LAST_ERROR
				FROM REMINDER_TIER T JOIN OUTBOX O ON O.INSTANCE_ID = T.INSTANCE_ID AND (
				  (O.CHANNEL = 'EMAIL' AND T.TIER >= 0
				    AND O.RECIPIENT = COALESCE(NULLIF(T.OWNER_NAME, ''), '(unassigned)'))
				  OR (O.CHANNEL = 'MANAGER' AND O.RECIPIENT = (SELECT P.MANAGER FROM PERSON P WHERE P.NAME = T.OWNER_NAME)
				    AND (T.TIER <= 0 OR NOT EXISTS (SELECT 1 FROM REMINDER_TIER E WHERE E.FILING_IDENTITY = T.FILING_IDENTITY
				      AND E.FINDING = T.FINDING AND E.DEADLINE = T.DEADLINE AND E.TIER >= 0 AND E.AS_OF < T.AS_OF))))
				WHERE T.FILING_IDENTITY = ? AND T.TIER = T.SENT_TIER
				UNION ALL
				SELECT I.AS_OF, I.FINDING, I.TIER, CAST('INBOX' AS VARCHAR(10)), I.PERSON,
				  CAST(CASE WHEN I.READ_AT IS NULL THEN 'UNREAD' ELSE 'READ' END AS VARCHAR(10)), I.READ_AT,
				  CAST(NULL AS VARCHAR(2000))
				FROM INBOX_ITEM I WHERE I.FILING_IDENTITY = ?
				ORDER BY 1 DESC, 2, 3, 4""",
				(rs, n) -> new FilingReminder(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getInt(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDateTime.class),
						rs.getString(8)),
				identity, identity);
	}

}
