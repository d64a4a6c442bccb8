package com.filingaudit.remind;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.core.NestedExceptionUtils;

import com.filingaudit.store.AuditStore;
import com.filingaudit.system.Messages;

/**
 * Around each run: imports {@code audit.remind.people} into the directory before it (a bad list imports nothing; the
 * log and the Summary say why), and sends the run's reminders after it, outside its transaction.
 */
public class RemindListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RemindListener.class);

	private final PeopleImport importer;

	private final ReminderDelivery delivery;

	private final RemindProperties properties;

	private final AuditStore store;

	private final Messages messages;

	RemindListener(PeopleImport importer, ReminderDelivery delivery, RemindProperties properties, AuditStore store,
			Messages messages) {
		this.importer = importer;
		this.delivery = delivery;
		this.properties = properties;
		this.store = store;
		this.messages = messages;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		Path list = properties.people();
		if (list == null) {
			return;
		}
		String name = list.getFileName().toString();
		String said;
		try {
			said = importList(list, name);
		}
		catch (RuntimeException ex) {
			// whatever goes wrong with the list, the run goes on with the directory it had
			said = messages.get("people.refused", name, reason(ex));
			log.warn(said, ex);
		}
		store.recordSkipped(execution.getJobInstance().getInstanceId(), name, said);
	}

	/** Imports the list; what the log and the Summary say about it. */
	private String importList(Path list, String name) {
		PeopleImport.Outcome outcome = importer.importFile(list, name, messages);
		if (outcome.failed()) {
			String why = outcome.fileProblem() != null ? outcome.fileProblem()
					: outcome.problems().stream()
						.map(p -> p.location().sheet() + (p.location().sheet().isEmpty() ? "" : " ") + "row "
								+ p.location().row() + ", " + p.column() + " “" + p.value() + "”: " + p.reason())
						.collect(Collectors.joining("; "));
			String said = messages.get("people.refused", name, why);
			log.warn(said);
			return said;
		}
		String said = messages.get("people.imported", name, outcome.imported());
		log.info(said);
		return said;
	}

	/** The first line of what the deepest cause says (a database refusing a value names the table and column). */
	private static String reason(RuntimeException ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return message.lines().findFirst().orElse(message);
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return;
		}
		try {
			int sent = delivery.deliverDue();
			if (!delivery.emailOn()) {
				log.info("Reminders are in the outbox and the desk's inbox; email is off (no spring.mail.host)");
			}
			else if (sent > 0) {
				log.info("{} reminder email(s) {}", sent, properties.dryRun() ? "written as .eml files" : "sent");
			}
		}
		catch (RuntimeException ex) {
			log.warn("Reminders were not sent now; they are sent later: {}", ex.getMessage());
		}
	}

}
