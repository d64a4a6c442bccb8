package com.filingaudit.ingest;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Settings for some input files only ({@code audit.ingest.file-settings}): for the files whose name matches a
 * pattern, the date order and header names of that export. Later entries win over earlier ones, and every entry over
 * the run's settings.
 */
public record FileSettings(List<Entry> entries) {

	public static final FileSettings NONE = new FileSettings(List.of());

	public FileSettings {
		entries = List.copyOf(entries);
	}

	/**
	 * @param match a glob on the file's name within the input folder, e.g. {@code Business_Licenses*.csv}
	 * @param dateOrder how the export writes dates, or {@code null} to keep the run's
	 * @param columns header names of the export, by field
	 */
	public record Entry(String match, @Nullable DateOrder dateOrder, Map<Field, String> columns) {

		public Entry {
			columns = Map.copyOf(columns);
		}

		boolean matches(String name) {
			PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + match);
			return glob.matches(Path.of(name)) || glob.matches(Path.of(name).getFileName());
		}

	}

	/** How to read one file: the run's options with the settings of every entry its name matches. */
	public IngestOptions forFile(String name, IngestOptions options) {
		DateOrder order = options.dateOrder();
		Map<Field, String> columns = new EnumMap<>(Field.class);
		for (Entry entry : entries) {
			if (entry.matches(name)) {
				order = entry.dateOrder() != null ? entry.dateOrder() : order;
				columns.putAll(entry.columns());
			}
		}
		return columns.isEmpty() && order == options.dateOrder() ? options
				: new IngestOptions(options.headers().withOverrides(columns), options.messages(),
						options.hiddenSheets(), options.maxFileBytes(), options.maxXlsBytes(), order);
	}

}
