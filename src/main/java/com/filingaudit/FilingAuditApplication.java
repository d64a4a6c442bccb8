package com.filingaudit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.filingaudit.system.AuditProperties;

/**
 * Filing Audit: audits the licences and filings in {@code audit.input-dir} and writes an Excel report of what has
 * lapsed, what is at risk and what expires soon. Runs as a service on a schedule, or once with
 * {@code --audit.once=true}.
 */
@SpringBootApplication
public class FilingAuditApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(FilingAuditApplication.class, args);
		if (context.getBean(AuditProperties.class).once()) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
