package com.filingaudit.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.filingaudit.ingest.FileProblems;
import com.filingaudit.ingest.FileSettings;
import com.filingaudit.ingest.IngestOptions;
import com.filingaudit.ingest.InputFolder;
import com.filingaudit.ingest.RowSource;
import com.filingaudit.ingest.RowSources;
import com.filingaudit.ingest.SourceRow;
import com.filingaudit.system.Messages;

/**
 * The input folder as the desk shows it, and uploads into it. An upload is written aside (a hidden {@code .part} file
 * the audit passes over), read as the audit would read it, and moved into place whole under a safe name, or refused
 * with the reason the report would give.
 */
class InputShelf {

	static final int MAX_NAME = 120;

	public record InputFile(String name, long size, Instant modified) {
	}

	/** What became of one upload: its name in the folder, or why it was refused. */
	public record Upload(String given, @Nullable String name, @Nullable String refused) {
	}

	private final Path inputDir;

	private final IngestOptions options;

	private final FileSettings fileSettings;

	InputShelf(Path inputDir, IngestOptions options, FileSettings fileSettings) {
		this.inputDir = inputDir;
		this.options = options;
		this.fileSettings = fileSettings;
	}

	Path dir() {
		return inputDir;
	}

	List<InputFile> files() throws IOException {
		if (!Files.isDirectory(inputDir)) {
			return List.of();
		}
		List<InputFile> files = new ArrayList<>();
		try (Stream<Path> list = Files.list(inputDir)) {
			for (Path file : list.filter(Files::isRegularFile).sorted().toList()) {
				String name = file.getFileName().toString();
				if (!name.startsWith(".")) {
					files.add(new InputFile(name, Files.size(file), Files.getLastModifiedTime(file).toInstant()));
				}
			}
		}
		return files;
	}

	/**
	 * A name that is safe in the folder: the last part of what the browser sent, without control characters, path
	 * separators, leading dots or an Office lock-file mark, of a register's extension; empty when nothing is left.
	 */
	static Optional<String> safeName(@Nullable String given) {
		if (given == null) {
			return Optional.empty();
		}
		String name = given.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[\\p{Cntrl}\\u200B-\\u200F\\u2028-\\u202E\\uFEFF:*?\"<>|]", "").strip();
		while (name.startsWith(".") || name.startsWith("~$") || name.startsWith("~")) {
			name = name.startsWith("~$") ? name.substring(2) : name.substring(1);
		}
		name = name.strip();
		int dot = name.lastIndexOf('.');
		if (dot <= 0 || !InputFolder.REGISTERS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
			return Optional.empty();
		}
		if (name.length() > MAX_NAME) {
			name = name.substring(0, MAX_NAME - (name.length() - dot)) + name.substring(dot);
		}
		return Optional.of(name);
	}

	/** Puts an upload in the folder, or says why not. */
	Upload put(String given, InputStream content, boolean replace, Messages messages) throws IOException {
		Optional<String> safe = safeName(given);
		if (safe.isEmpty()) {
			return new Upload(given, null,
					messages.get("desk.input.badName", String.join(", ", InputFolder.REGISTERS.stream().sorted().toList())));
		}
		String name = safe.get();
		Files.createDirectories(inputDir);
		Path target = inputDir.resolve(name);
		if (Files.exists(target) && !replace) {
			return new Upload(given, name, messages.get("desk.input.exists", name));
		}
		Path temporary = inputDir.resolve(".upload-" + UUID.randomUUID() + ".part");
		try {
			if (!copyAtMost(content, temporary, options.maxFileBytes())) {
				return new Upload(given, name, messages.get("file.tooLarge", "> " + FileProblems.megabytes(options.maxFileBytes()),
						FileProblems.megabytes(options.maxFileBytes())));
			}
			String problem = problem(temporary, name, messages);
			if (problem != null) {
				return new Upload(given, name, problem);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return new Upload(given, name, null);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Copies at most {@code limit} bytes; {@code false} when there was more (the copy is then incomplete). */
	private static boolean copyAtMost(InputStream content, Path target, long limit) throws IOException {
		try (OutputStream out = Files.newOutputStream(target)) {
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
				total += n;
				if (total > limit) {
					return false;
				}
				out.write(buffer, 0, n);
			}
			return true;
		}
	}

	/** Deletes a file the folder lists, named exactly; {@code false} when there is none. */
	boolean delete(String name) throws IOException {
		for (InputFile file : files()) {
			if (file.name().equals(name)) {
				return Files.deleteIfExists(inputDir.resolve(file.name()));
			}
		}
		return false;
	}

	/** Why the audit could not read this file as a register, or {@code null} when it finds a register row in it. */
	private @Nullable String problem(Path file, String name, Messages messages) {
		IngestOptions forFile = fileSettings.forFile(name, options);
		List<String> notes = new ArrayList<>();
		try (RowSource rows = RowSources.open(file, name, forFile)) {
			for (SourceRow row = rows.next(); row != null; row = rows.next()) {
				if (row instanceof SourceRow.Row) {
					return null;
				}
				if (row instanceof SourceRow.Notice notice) {
					if (notice.unreadable()) {
						return notice.reason();
					}
					notes.add(notice.sheet().isEmpty() ? notice.reason() : notice.sheet() + ": " + notice.reason());
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return FileProblems.reason(ex, messages);
		}
		return notes.isEmpty() ? messages.get("desk.input.noRows") : String.join(" ", notes);
	}


}
