package com.filingaudit.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import com.filingaudit.FilingAuditApplication;

/** The product in a JVM of its own, as a host runs it, with its log read as it comes. */
final class ServiceProcess {

	private final Process process;

	private final List<String> log = Collections.synchronizedList(new ArrayList<>());

	private ServiceProcess(Process process) {
		this.process = process;
	}

	static ServiceProcess start(List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-cp", System.getProperty("java.class.path"), FilingAuditApplication.class.getName()));
		command.addAll(arguments);
		ServiceProcess started = new ServiceProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
		Thread reader = new Thread(started::read);
		reader.setDaemon(true);
		reader.start();
		return started;
	}

	private void read() {
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				log.add(line);
			}
		}
		catch (IOException ended) {
			// the process is gone
		}
	}

	/** Its log so far. */
	List<String> log() {
		synchronized (log) {
			return List.copyOf(log);
		}
	}

	/** Waits for the first line of its log that {@code line} accepts, and returns it. */
	String await(Predicate<String> line, Duration atMost) {
		try {
			return Awaitility.await()
				.atMost(atMost)
				.until(() -> log().stream().filter(line).findFirst().orElse(null), found -> found != null);
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("no such line within " + atMost + "; the log ends with:\n" + tail(), ex);
		}
	}

	/** The last lines of its log, for a failure's message. */
	String tail() {
		List<String> lines = log();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/** As {@code kill -9}, or a power cut: no shutdown at all. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** As systemd stops a service (SIGTERM), and, if it does not end within a minute, kills it. */
	void stop() throws InterruptedException {
		if (!terminate(Duration.ofMinutes(1))) {
			kill();
		}
	}

	/** Sends SIGTERM, as systemd stops a service; whether the process ended within {@code atMost}. */
	boolean terminate(Duration atMost) throws InterruptedException {
		process.toHandle().destroy();
		return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
	}

}
