package com.filingaudit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program run in a JVM of its own, as a user would start it: its output into a log file, its wall time and its
 * peak resident memory measured.
 *
 * @param peakRssKb the largest VmHWM (the kernel's high-water mark of resident memory) read while it ran, sampled every
 * {@value #SAMPLE_MS} ms; 0 where there is no {@code /proc}
 */
record ChildRun(int exitCode, double seconds, long peakRssKb) {

	private static final long SAMPLE_MS = 200;

	static ChildRun run(List<String> command, Path directory, Path log) throws IOException, InterruptedException {
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
		long peak = 0;
		while (!process.waitFor(SAMPLE_MS, TimeUnit.MILLISECONDS)) {
			peak = Math.max(peak, highWaterMark(status));
		}
		return new ChildRun(process.exitValue(), (System.nanoTime() - start) / 1e9, peak);
	}

	/** VmHWM in kB; 0 when the process is gone or the system has no such file. */
	private static long highWaterMark(Path status) {
		try {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException ex) {
			// the process ended between two samples: its last sample stands
		}
		return 0;
	}

}
