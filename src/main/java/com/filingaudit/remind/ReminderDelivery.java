package com.filingaudit.remind;

import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import com.filingaudit.report.OwnerFiles;
import com.filingaudit.report.ReportFiles;
import com.filingaudit.store.AuditStore;
import com.filingaudit.system.Messages;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends what the outbox holds, after the run's transaction: each mail once, a failed one again later with a growing
 * pause, never failing a run. Without mail settings the email channel is off (mails wait; the desk says so); in a dry
 * run each mail is written as an .eml file in the run's report folder.
 */
public class ReminderDelivery {

	private static final Logger log = LoggerFactory.getLogger(ReminderDelivery.class);

	private static final Duration LONGEST_PAUSE = Duration.ofHours(6);

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final JdbcTemplate jdbc;

	private final @Nullable JavaMailSender mail;

	private final RemindProperties properties;

	private final Path reportsDir;

	private final Clock clock;

	private final AuditStore store;

	private final Messages messages;

	private final People people;

	ReminderDelivery(JdbcTemplate jdbc, @Nullable JavaMailSender mail, RemindProperties properties, Path reportsDir,
			Clock clock, AuditStore store, Messages messages, People people) {
		this.people = people;
		this.store = store;
		this.messages = messages;
		this.jdbc = jdbc;
		this.mail = mail;
		this.properties = properties;
		this.reportsDir = reportsDir;
		this.clock = clock;
	}

	/** Whether emails can go out: mail settings given, or a dry run. */
	public boolean emailOn() {
		return mail != null || properties.dryRun();
	}

	private record Due(long id, long instanceId, String asOf, String channel, String recipient, String address,
			String subject, String text, String html, int attempts) {
	}

	/** Sends every mail that is due; returns how many went out (or were written). */
	public synchronized int deliverDue() {
		if (!emailOn()) {
			return 0;
		}
		releaseHeld();
		LocalDateTime now = LocalDateTime.now(clock);
		List<Due> due = jdbc.query("""
				SELECT ID, INSTANCE_ID, AS_OF, CHANNEL, RECIPIENT, ADDRESS, SUBJECT, BODY_TEXT, BODY_HTML, ATTEMPTS
				FROM OUTBOX WHERE STATUS IN ('PENDING', 'FAILED') AND NEXT_ATTEMPT_AT <= ? ORDER BY ID""",
				(rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10)),
				now);
		int delivered = 0;
		String unanswered = null;
		for (Due mail : due) {
			if (unanswered != null) {
				// the server did not answer the one before: the rest would each wait as long, holding up the run
				mark(mail, Outbox.FAILED, "not tried: " + unanswered);
				continue;
			}
			try {
				MimeMessage message = message(mail);
				if (properties.dryRun()) {
					write(mail, message);
					mark(mail, Outbox.WRITTEN, null);
				}
				else {
					this.mail.send(message);
					mark(mail, Outbox.SENT, null);
				}
				delivered++;
			}
			catch (Exception ex) {
				String answer = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().strip();
				log.warn("Reminder to {} <{}> not sent (attempt {}): {}", mail.recipient(), mail.address(),
						mail.attempts() + 1, answer);
				mark(mail, Outbox.FAILED, answer);
				unanswered = unreachable(ex) ? answer : null;
			}
		}
		return delivered;
	}

	/**
	 * A mail held for want of an address goes out once there is one: its recipient added to the directory, or
	 * {@code audit.remind.unassigned-to} set (a person's name or an address). Its tiers were used up when it was held.
	 */
	private void releaseHeld() {
		String unassigned = properties.unassignedTo() == null ? null
				: people.find(properties.unassignedTo()).map(Person::email).orElse(properties.unassignedTo());
		jdbc.queryForList("SELECT ID, RECIPIENT FROM OUTBOX WHERE STATUS = ?", Outbox.HELD).forEach(held -> {
			String address = people.find((String) held.get("RECIPIENT")).map(Person::email).orElse(unassigned);
			if (address != null) {
				jdbc.update("UPDATE OUTBOX SET ADDRESS = ?, STATUS = ?, LAST_ERROR = NULL WHERE ID = ? AND STATUS = ?",
						address, Outbox.PENDING, held.get("ID"), Outbox.HELD);
			}
		});
	}

	/** Whether a failure says the server cannot be reached or does not answer in time, rather than refusing a mail. */
	private static boolean unreachable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SocketException || t instanceof SocketTimeoutException || t instanceof UnknownHostException) {
				return true;
			}
		}
		return false;
	}

	private MimeMessage message(Due due) throws MessagingException {
		MimeMessage message = mail != null ? mail.createMimeMessage() : new MimeMessage((Session) null);
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(properties.from());
		helper.setTo(due.address());
		helper.setSubject(due.subject());
		helper.setText(due.text(), due.html());
		if (properties.attachWorkbook() && PlanReminders.EMAIL.equals(due.channel())) {
			Path workbook = ownerWorkbook(due);
			if (workbook != null) {
				helper.addAttachment(workbook.getFileName().toString(), new FileSystemResource(workbook), XLSX);
			}
		}
		return message;
	}

	/** The owner's workbook of the mail's run, when the run wrote one: {@code <run>/<owner>.xlsx} beside its workbook. */
	private @Nullable Path ownerWorkbook(Due due) {
		String name = OwnerFiles.names(store.owners(due.instanceId()), messages.get("summary.unassigned"))
			.get(due.recipient());
		return name == null ? null
				: runFolder(due).map(f -> f.resolve(name + ".xlsx")).filter(Files::isRegularFile).orElse(null);
	}

	/** A dry run: the mail as an .eml file, {@code <run>/reminders/<id>-<recipient>.eml} in the run's report folder. */
	private void write(Due due, MimeMessage message) throws IOException, MessagingException {
		Path folder = Files.createDirectories(runFolder(due).orElse(reportsDir).resolve("reminders"));
		try (OutputStream out = Files.newOutputStream(
				folder.resolve(due.id() + "-" + OwnerFiles.fileName(due.recipient()) + ".eml"))) {
			message.writeTo(out);
		}
	}

	/** The folder of the mail's run, beside its workbook; empty before the run completed. */
	private Optional<Path> runFolder(Due due) {
		return jdbc.queryForList("""
				SELECT REPORT FROM AUDIT_RUN WHERE INSTANCE_ID = ? AND STATUS = 'COMPLETED' AND REPORT IS NOT NULL
				ORDER BY EXECUTION_ID DESC""", String.class, due.instanceId())
			.stream()
			.findFirst()
			.flatMap(report -> ReportFiles.runFolder(Path.of(report)));
	}

	private void mark(Due due, String status, @Nullable String error) {
		LocalDateTime now = LocalDateTime.now(clock);
		int attempts = due.attempts() + 1;
		Duration pause = properties.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 16));
		jdbc.update("""
				UPDATE OUTBOX SET STATUS = ?, ATTEMPTS = ?, LAST_ERROR = ?, SENT_AT = ?, NEXT_ATTEMPT_AT = ?
				WHERE ID = ?""", status, attempts, error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error,
				Outbox.FAILED.equals(status) ? null : now,
				now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause), due.id());
	}

}
