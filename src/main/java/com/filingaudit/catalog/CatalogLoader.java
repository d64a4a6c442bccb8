package com.filingaudit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import com.filingaudit.ingest.ColumnNames;
import com.filingaudit.ingest.Field;
import com.filingaudit.rules.AnnualReport;
import com.filingaudit.rules.Bilingual;
import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.Certificate;
import com.filingaudit.rules.Escalation;
import com.filingaudit.rules.FilingType;
import com.filingaudit.rules.Inspection;
import com.filingaudit.rules.Obligation;
import com.filingaudit.rules.Term;

/**
 * Reads the built-in catalog and, when the user names one, their own: a type whose code is already known takes
 * the keys the user gives and keeps the rest; a new code must be complete; field names are added.
 */
final class CatalogLoader {

	static final String BUILT_IN = "catalog/filing-types.yml";

	private static final Set<String> TOP_KEYS = Set.of("version", "fields", "types", "materials", "escalation",
			"certificates", "statusCodes");

	private static final Set<String> ESCALATION_KEYS = Set.of("creditRecordAfterDays", "repeatWithinDays", "source");

	private static final Set<String> FIELD_KEYS = Set.of("names");

	private static final Set<String> TYPE_KEYS = Set.of("code", "zh", "en", "aliases", "validity", "renewal",
			"lateRenewal", "inspection", "gradedInspection", "annualReport", "changeDeadline", "materials",
			"numberPatterns", "inferencePatterns", "foreignOwnershipMax", "sources");

	private static final Set<String> ANNUAL_REPORT_KEYS = Set.of("opens", "due");

	private static final Set<String> LANGUAGES = Set.of("zh", "en");

	private static final Set<String> RENEWAL_KEYS = Set.of("lead", "horizon");

	private static final Set<String> INSPECTION_KEYS = Set.of("cadence", "grace", "prepare");

	private CatalogLoader() {
	}

	static LoadedCatalog load(@Nullable Path userCatalog) {
		YamlNode builtIn;
		try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
			if (in == null) {
				throw new CatalogException("the built-in catalog " + BUILT_IN + " is missing from the jar");
			}
			builtIn = parse(BUILT_IN, in);
		}
		catch (IOException ex) {
			throw new CatalogException("cannot read the built-in catalog: " + ex.getMessage(), ex);
		}
		Document base = Document.of(builtIn);
		if (userCatalog == null) {
			return base.build(base.version);
		}
		if (!Files.isRegularFile(userCatalog)) {
			throw new CatalogException("audit.catalog: " + userCatalog + " does not exist or is not a file");
		}
		try (InputStream in = Files.newInputStream(userCatalog)) {
			Document user = Document.of(parse(userCatalog.toString(), in));
			return base.overlay(user).build(user.version != null ? user.version : base.version + "+" + userCatalog.getFileName());
		}
		catch (IOException ex) {
			throw new CatalogException("cannot read the catalog " + userCatalog + ": " + ex.getMessage(), ex);
		}
	}

	static YamlNode parse(String file, InputStream in) {
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setMaxAliasesForCollections(10);
			Node root = new Yaml(options).compose(reader);
			if (root == null) {
				throw new CatalogException(file + " is empty");
			}
			return new YamlNode(file, root);
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 0;
			throw new CatalogException(file + " line " + line + ": " + ex.getProblem(), ex);
		}
		catch (IOException ex) {
			throw new CatalogException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** One catalog file as written: its fields and its types by code, each type's keys still YAML. */
	private record Document(@Nullable String version, Map<Field, List<String>> fieldNames,
			Map<String, Map<String, YamlNode>> types, Map<String, YamlNode> typeNodes,
			Map<Obligation, Bilingual> materials, @Nullable Escalation escalation,
			Map<String, Certificate> certificates, @Nullable Map<String, String> statusCodes) {

		static Document of(YamlNode root) {
			Map<String, YamlNode> top = root.map(TOP_KEYS);
			YamlNode versionNode = YamlNode.optional(top, "version");
			Map<Field, List<String>> fieldNames = new EnumMap<>(Field.class);
			YamlNode fields = YamlNode.optional(top, "fields");
			if (fields != null) {
				fields.map(Set.of()).forEach((key, node) -> {
					Field field = Field.byKey(key)
						.orElseThrow(() -> node.error("unknown field '" + key + "'; known fields: " + fieldKeys()));
					Map<String, YamlNode> spec = node.map(FIELD_KEYS);
					fieldNames.put(field, YamlNode.required(spec, "names", node).strings());
				});
			}
			Map<String, Map<String, YamlNode>> types = new LinkedHashMap<>();
			Map<String, YamlNode> typeNodes = new LinkedHashMap<>();
			YamlNode typeList = YamlNode.optional(top, "types");
			if (typeList != null) {
				for (YamlNode entry : typeList.list()) {
					Map<String, YamlNode> keys = entry.map(TYPE_KEYS);
					String code = YamlNode.required(keys, "code", entry).string();
					if (!code.matches("[A-Z][A-Z0-9_]*")) {
						throw keys.get("code").error("a code is written in capitals and underscores, like ICP_LICENSE");
					}
					if (types.put(code, keys) != null) {
						throw entry.error("the type " + code + " is defined twice");
					}
					typeNodes.put(code, entry);
				}
			}
			YamlNode materials = YamlNode.optional(top, "materials");
			YamlNode escalation = YamlNode.optional(top, "escalation");
			YamlNode certificates = YamlNode.optional(top, "certificates");
			YamlNode statusCodes = YamlNode.optional(top, "statusCodes");
			return new Document(versionNode == null ? null : versionNode.string(), fieldNames, types, typeNodes,
					materials == null ? Map.of() : materials(materials),
					escalation == null ? null : escalation(escalation),
					certificates == null ? Map.of() : certificates(certificates),
					statusCodes == null ? null : statusCodes(statusCodes));
		}

		Document overlay(Document user) {
			Map<Field, List<String>> names = new EnumMap<>(Field.class);
			fieldNames.forEach((f, list) -> names.put(f, new ArrayList<>(list)));
			user.fieldNames.forEach((f, list) -> names.computeIfAbsent(f, k -> new ArrayList<>()).addAll(list));
			Map<String, Map<String, YamlNode>> merged = new LinkedHashMap<>();
			types.forEach((code, keys) -> merged.put(code, new LinkedHashMap<>(keys)));
			Map<String, YamlNode> nodes = new LinkedHashMap<>(typeNodes);
			user.types.forEach((code, keys) -> {
				merged.computeIfAbsent(code, c -> new LinkedHashMap<>()).putAll(keys);
				nodes.putIfAbsent(code, user.typeNodes.get(code));
			});
			Map<Obligation, Bilingual> allMaterials = new EnumMap<>(Obligation.class);
			allMaterials.putAll(materials);
			allMaterials.putAll(user.materials);
			Map<String, Certificate> allCertificates = new LinkedHashMap<>(certificates);
			allCertificates.putAll(user.certificates);
			return new Document(version, names, merged, nodes, allMaterials,
					user.escalation != null ? user.escalation : escalation, allCertificates,
					user.statusCodes != null ? user.statusCodes : statusCodes);
		}

		LoadedCatalog build(String catalogVersion) {
			List<FilingType> filingTypes = new ArrayList<>();
			types.forEach((code, keys) -> filingTypes.add(type(code, keys, typeNodes.get(code), materials)));
			for (Field field : Field.values()) {
				if (!fieldNames.containsKey(field) || fieldNames.get(field).isEmpty()) {
					throw new CatalogException("the catalog gives no column names for the field '" + field.key() + "'");
				}
			}
			try {
				return new LoadedCatalog(new Catalog(catalogVersion, filingTypes,
						escalation == null ? Escalation.DEFAULT : escalation, certificates.values(),
						statusCodes == null ? Map.of() : statusCodes),
						new ColumnNames(fieldNames));
			}
			catch (IllegalArgumentException ex) {
				throw new CatalogException("catalog: " + ex.getMessage(), ex);
			}
		}

		private static FilingType type(String code, Map<String, YamlNode> keys, YamlNode owner,
				Map<Obligation, Bilingual> defaultMaterials) {
			String zh = YamlNode.required(keys, "zh", owner).string();
			String en = YamlNode.required(keys, "en", owner).string();
			YamlNode aliases = keys.get("aliases");
			YamlNode sources = keys.get("sources");
			Term validity = optionalTerm(YamlNode.required(keys, "validity", owner));
			Term lead = null;
			Term horizon = null;
			YamlNode renewal = keys.get("renewal");
			if (renewal != null) {
				Map<String, YamlNode> r = renewal.map(RENEWAL_KEYS);
				lead = term(YamlNode.required(r, "lead", renewal));
				horizon = term(YamlNode.required(r, "horizon", renewal));
			}
			YamlNode inspectionNode = keys.get("inspection");
			Inspection inspection = inspectionNode == null ? null : inspection(inspectionNode);
			Map<Integer, Inspection> graded = new HashMap<>();
			YamlNode gradedNode = keys.get("gradedInspection");
			if (gradedNode != null) {
				gradedNode.map(Set.of()).forEach((level, node) -> {
					if (!level.matches("[1-5]")) {
						throw node.error("a protection level is 1 to 5, not '" + level + "'");
					}
					graded.put(Integer.parseInt(level), inspection(node));
				});
			}
			AnnualReport annualReport = null;
			YamlNode reportNode = keys.get("annualReport");
			if (reportNode != null) {
				Map<String, YamlNode> r = reportNode.map(ANNUAL_REPORT_KEYS);
				annualReport = new AnnualReport(monthDay(YamlNode.required(r, "opens", reportNode)),
						monthDay(YamlNode.required(r, "due", reportNode)));
			}
			YamlNode changeNode = keys.get("changeDeadline");
			Map<Obligation, Bilingual> materials = new EnumMap<>(Obligation.class);
			materials.putAll(defaultMaterials);
			YamlNode materialsNode = keys.get("materials");
			if (materialsNode != null) {
				materials.putAll(materials(materialsNode));
			}
			YamlNode late = keys.get("lateRenewal");
			YamlNode foreign = keys.get("foreignOwnershipMax");
			return new FilingType(code, zh, en, aliases == null ? List.of() : aliases.strings(), validity, lead,
					horizon, late == null ? Bilingual.NONE : bilingual(late), inspection, graded, annualReport,
					changeNode == null ? null : term(changeNode), materials, patterns(keys.get("numberPatterns")),
					patterns(keys.get("inferencePatterns")), foreign == null ? null : percent(foreign),
					sources == null ? List.of() : sources.strings());
		}

		private static List<Pattern> patterns(@Nullable YamlNode node) {
			if (node == null) {
				return List.of();
			}
			List<Pattern> patterns = new ArrayList<>();
			for (YamlNode item : node.list()) {
				try {
					patterns.add(Pattern.compile(item.string()));
				}
				catch (PatternSyntaxException ex) {
					throw item.error("not a regular expression: " + ex.getDescription());
				}
			}
			return patterns;
		}

		/** Certificate names that stand for several types, each type with the words of its licensed business. */
		private static Map<String, Certificate> certificates(YamlNode node) {
			Map<String, Certificate> certificates = new LinkedHashMap<>();
			node.map(Set.of()).forEach((name, typesNode) -> {
				Map<String, List<String>> businesses = new LinkedHashMap<>();
				typesNode.map(Set.of()).forEach((code, words) -> businesses.put(code, words.strings()));
				if (businesses.size() < 2) {
					throw typesNode.error("a certificate name stands for at least two types");
				}
				certificates.put(name, new Certificate(name, businesses));
			});
			return certificates;
		}

		/** Status codes of a data standard: the code, the status word it stands for. */
		private static Map<String, String> statusCodes(YamlNode node) {
			Map<String, String> codes = new LinkedHashMap<>();
			node.map(Set.of()).forEach((code, word) -> codes.put(code, word.string()));
			return codes;
		}

		private static Escalation escalation(YamlNode node) {
			Map<String, YamlNode> keys = node.map(ESCALATION_KEYS);
			YamlNode source = keys.get("source");
			return new Escalation(days(YamlNode.required(keys, "creditRecordAfterDays", node)),
					days(YamlNode.required(keys, "repeatWithinDays", node)), source == null ? "" : source.string());
		}

		private static int days(YamlNode node) {
			String text = node.string();
			if (!text.matches("\\d{1,4}")) {
				throw node.error("a number of days, not '" + text + "'");
			}
			return Integer.parseInt(text);
		}

		private static int percent(YamlNode node) {
			String text = node.string();
			if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > 100) {
				throw node.error("a percentage from 0 to 100, not '" + text + "'");
			}
			return Integer.parseInt(text);
		}

		private static Inspection inspection(YamlNode node) {
			Map<String, YamlNode> i = node.map(INSPECTION_KEYS);
			return new Inspection(term(YamlNode.required(i, "cadence", node)), term(YamlNode.required(i, "grace", node)),
					term(YamlNode.required(i, "prepare", node)));
		}

		private static MonthDay monthDay(YamlNode node) {
			try {
				return MonthDay.parse("--" + node.string());
			}
			catch (DateTimeException ex) {
				throw node.error("'" + node.string() + "' is not a day of the year like 03-31");
			}
		}

		private static Map<Obligation, Bilingual> materials(YamlNode node) {
			Map<Obligation, Bilingual> materials = new EnumMap<>(Obligation.class);
			node.map(Set.of()).forEach((key, value) -> {
				Obligation obligation = Arrays.stream(Obligation.values())
					.filter(o -> o.key().equals(key))
					.findFirst()
					.orElseThrow(() -> value.error("unknown obligation '" + key + "'; expected one of "
							+ Arrays.stream(Obligation.values()).map(Obligation::key).toList()));
				materials.put(obligation, bilingual(value));
			});
			return materials;
		}

		private static Bilingual bilingual(YamlNode node) {
			Map<String, YamlNode> texts = node.map(LANGUAGES);
			return new Bilingual(YamlNode.required(texts, "zh", node).strings(),
					YamlNode.required(texts, "en", node).strings());
		}

		private static @Nullable Term optionalTerm(YamlNode node) {
			return node.string().equalsIgnoreCase("none") ? null : term(node);
		}

		private static Term term(YamlNode node) {
			try {
				return Term.parse(node.string());
			}
			catch (IllegalArgumentException ex) {
				throw node.error(ex.getMessage());
			}
		}

		private static List<String> fieldKeys() {
			return Arrays.stream(Field.values()).map(Field::key).toList();
		}

	}

}
