package com.filingaudit.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The register exports in the input folder: what the audit reads, and a fingerprint of them. */
public final class InputFolder {

	private final Path dir;

	public InputFolder(Path dir) {
		this.dir = dir;
	}

	public Path dir() {
		return dir;
	}

	/**
	 * The files to audit, by name: CSV, XLSX and XLS, leaving out hidden files and the {@code ~$} lock files Excel
	 * keeps beside an open workbook.
	 */
	public List<Path> registers() throws IOException {
		if (!Files.isDirectory(dir)) {
			throw new IOException("the input folder " + dir.toAbsolutePath() + " does not exist");
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(Files::isRegularFile).filter(InputFolder::isRegister).sorted().toList();
		}
	}

	private static boolean isRegister(Path file) {
		String name = file.getFileName().toString();
		return !name.startsWith(".") && !name.startsWith("~$")
				&& RowSources.EXTENSIONS.contains(RowSources.extension(name));
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

}
