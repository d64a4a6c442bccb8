package com.filingaudit.remind;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.filingaudit.ingest.IngestOptions;
import com.filingaudit.rules.Catalog;
import com.filingaudit.store.AuditStore;
import com.filingaudit.system.AuditProperties;
import com.filingaudit.system.Messages;

/** Reminders: the people directory, the plan of each run, delivery after it and again later for failed mails. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RemindProperties.class)
class RemindConfiguration {

	@Bean
	People people(JdbcTemplate jdbc) {
		return new People(jdbc);
	}

	@Bean
	PeopleImport peopleImport(People people, IngestOptions options, PlatformTransactionManager transactions) {
		return new PeopleImport(people, options, new TransactionTemplate(transactions));
	}

	@Bean
	PlanReminders planReminders(JdbcTemplate jdbc, AuditStore store, People people, Catalog catalog,
			RemindProperties properties, @Value("${audit.desk.base-url:http://localhost:${server.port:8080}}") String deskUrl,
			Clock clock) {
		return new PlanReminders(jdbc, store, people, catalog, properties, deskUrl, clock);
	}

	@Bean
	ReminderDelivery reminderDelivery(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mail,
			RemindProperties properties, AuditProperties audit, Clock clock, AuditStore store, Messages messages,
			People people) {
		return new ReminderDelivery(jdbc, mail.getIfAvailable(), properties, audit.reportsDir(), clock, store,
				messages, people);
	}

	@Bean
	Reminders reminders(JdbcTemplate jdbc, ReminderDelivery delivery) {
		return new Reminders(jdbc, delivery);
	}

	@Bean
	RemindListener remindListener(PeopleImport importer, ReminderDelivery delivery, RemindProperties properties,
			AuditStore store, Messages messages) {
		return new RemindListener(importer, delivery, properties, store, messages);
	}

	/** The service tries failed mails again between runs. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "audit.once", havingValue = false, matchIfMissing = true)
	static class Retry {

		private final ReminderDelivery delivery;

		Retry(ReminderDelivery delivery) {
			this.delivery = delivery;
		}

		@Scheduled(fixedDelayString = "${audit.remind.retry-every:60s}", initialDelayString = "${audit.remind.retry-every:60s}")
		void deliverDue() {
			delivery.deliverDue();
		}

	}

}
