package com.filingaudit.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The input folder: which files are registers to audit, which are passed over and why, and a fingerprint. */
public final class InputFolder {

	/** The extensions read as registers; the content decides how. */
	public static final Set<String> REGISTERS = Set.of("csv", "tsv", "txt", "xlsx", "xlsm", "xls");

	/** Browsers and copy tools write these while a file is still arriving. */
	static final Set<String> TEMPORARY = Set.of("tmp", "temp", "crdownload", "part", "partial", "download");

	private final Path dir;

	public InputFolder(Path dir) {
		this.dir = dir;
	}

	public Path dir() {
		return dir;
	}

	/** A file passed over, with the text key of the reason and its arguments. */
	public record Skipped(String name, String reasonKey, Object... args) {
	}

	/** The registers to audit, by name, and the files passed over. */
	public record Survey(List<Path> registers, List<Skipped> skipped) {
	}

	/**
	 * Looks at the folder as of {@code now}. Passed over: Office lock files ({@code ~$…}), hidden files, temporary
	 * downloads, other extensions, and files modified less than {@code settle} ago (still being copied; the next run
	 * takes them).
	 */
	public Survey survey(Instant now, Duration settle) throws IOException {
		if (!Files.isDirectory(dir)) {
			throw new IOException("the input folder " + dir.toAbsolutePath() + " does not exist");
		}
		List<Path> registers = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = file.getFileName().toString();
				String extension = extension(name);
				if (name.startsWith("~$")) {
					skipped.add(new Skipped(name, "skip.lock"));
				}
				else if (name.startsWith(".") || Files.isHidden(file)) {
					skipped.add(new Skipped(name, "skip.hidden"));
				}
				else if (TEMPORARY.contains(extension)) {
					skipped.add(new Skipped(name, "skip.temporary"));
				}
				else if (!REGISTERS.contains(extension)) {
					skipped.add(new Skipped(name, "skip.unsupported", extension.isEmpty() ? "-" : extension));
				}
				else if (Files.getLastModifiedTime(file).toInstant().isAfter(now.minus(settle))) {
					skipped.add(new Skipped(name, "skip.settling", settle.toSeconds()));
				}
				else {
					registers.add(file);
				}
			}
		}
		return new Survey(registers, skipped);
	}

	/**
	 * Identifies this set of files as they are now (names, sizes, modification times): the same input audited again
	 * for the same day is the same job instance, so a killed run resumes where it stopped.
	 */
	public String fingerprint(List<Path> files) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(dir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
			for (Path file : files) {
				String entry = "\n" + file.getFileName() + "\t" + Files.size(file) + "\t"
						+ Files.getLastModifiedTime(file).toMillis();
				digest.update(entry.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
