package com.filingaudit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;

import com.filingaudit.ingest.DateOrder;
import com.filingaudit.ingest.Field;
import com.filingaudit.ingest.FileSettings;

/**
 * Reads {@code audit.ingest.file-settings}, written like the catalog:
 *
 * <pre>
 * files:
 *   - match: "Business_Licenses*.csv"
 *     dateOrder: MDY
 *     columns:
 *       company: LICENSEE NAME
 * </pre>
 *
 * A mistake stops the start, naming the file and line, as a catalog's does.
 */
final class FileSettingsLoader {

	private static final Set<String> TOP_KEYS = Set.of("files");

	private static final Set<String> ENTRY_KEYS = Set.of("match", "dateOrder", "columns");

	private FileSettingsLoader() {
	}

	static FileSettings load(@Nullable Path file) {
		if (file == null) {
			return FileSettings.NONE;
		}
		if (!Files.isRegularFile(file)) {
			throw new CatalogException("audit.ingest.file-settings: " + file + " does not exist or is not a file");
		}
		try (InputStream in = Files.newInputStream(file)) {
			YamlNode root = CatalogLoader.parse(file.toString(), in);
			List<FileSettings.Entry> entries = new ArrayList<>();
			for (YamlNode node : YamlNode.required(root.map(TOP_KEYS), "files", root).list()) {
				entries.add(entry(node));
			}
			return new FileSettings(entries);
		}
		catch (IOException ex) {
			throw new CatalogException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static FileSettings.Entry entry(YamlNode node) {
		Map<String, YamlNode> keys = node.map(ENTRY_KEYS);
		YamlNode matchNode = YamlNode.required(keys, "match", node);
		String match = matchNode.string();
		try {
			FileSystems.getDefault().getPathMatcher("glob:" + match);
		}
		catch (PatternSyntaxException ex) {
			throw matchNode.error("'" + match + "' is not a file name pattern: " + ex.getDescription());
		}
		DateOrder order = null;
		YamlNode orderNode = keys.get("dateOrder");
		if (orderNode != null) {
			String value = orderNode.string().toUpperCase(Locale.ROOT);
			order = Arrays.stream(DateOrder.values())
				.filter(o -> o.name().equals(value))
				.findFirst()
				.orElseThrow(() -> orderNode.error("dateOrder is one of " + Arrays.toString(DateOrder.values())));
		}
		Map<Field, String> columns = new EnumMap<>(Field.class);
		YamlNode columnsNode = keys.get("columns");
		if (columnsNode != null) {
			columnsNode.map(Set.of()).forEach((key, header) -> columns.put(Field.byKey(key)
				.orElseThrow(() -> header.error("'" + key + "' is no field; fields are "
						+ Arrays.stream(Field.values()).map(Field::key).toList())),
					header.string()));
		}
		if (order == null && columns.isEmpty()) {
			throw node.error("an entry for '" + match + "' sets neither dateOrder nor columns");
		}
		return new FileSettings.Entry(match, order, columns);
	}

}
