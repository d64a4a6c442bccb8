package com.filingaudit.desk;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The settings a test of the service mode starts with: its folders under a temporary root, a known first admin. */
public final class DeskService {

	public static final String ADMIN_PASSWORD = "first-admin-password";

	private DeskService() {
	}

	/**
	 * Input, reports and data folders under {@code root}, the first admin's password, and a nightly schedule that never
	 * fires while a test runs.
	 */
	public static void register(DynamicPropertyRegistry registry, Path root) {
		registry.add("audit.input-dir", () -> root.resolve("input").toString());
		registry.add("audit.reports-dir", () -> root.resolve("reports").toString());
		registry.add("audit.data-dir", () -> root.resolve("data").toString());
		registry.add("audit.desk.admin-password", () -> ADMIN_PASSWORD);
		registry.add("audit.schedule", () -> "0 0 2 1 1 *");
	}

}
