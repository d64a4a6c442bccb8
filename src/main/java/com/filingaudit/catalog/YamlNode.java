package com.filingaudit.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A YAML node that knows where it stands, so that every complaint about it names the file and line. */
record YamlNode(String file, Node node) {

	int line() {
		return node.getStartMark().getLine() + 1;
	}

	CatalogException error(String message) {
		return new CatalogException(file + " line " + line() + ": " + message);
	}

	Map<String, YamlNode> map(Set<String> allowedKeys) {
		if (!(node instanceof MappingNode mapping)) {
			throw error("expected a mapping of keys to values");
		}
		Map<String, YamlNode> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			YamlNode key = new YamlNode(file, tuple.getKeyNode());
			String name = key.string();
			if (!allowedKeys.isEmpty() && !allowedKeys.contains(name)) {
				throw key.error("unknown key '" + name + "'; expected one of " + allowedKeys);
			}
			if (entries.put(name, new YamlNode(file, tuple.getValueNode())) != null) {
				throw key.error("'" + name + "' is given twice");
			}
		}
		return entries;
	}

	List<YamlNode> list() {
		if (!(node instanceof SequenceNode sequence)) {
			throw error("expected a list");
		}
		List<YamlNode> items = new ArrayList<>();
		sequence.getValue().forEach(item -> items.add(new YamlNode(file, item)));
		return items;
	}

	String string() {
		if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
			throw error("expected a text value");
		}
		return scalar.getValue().strip();
	}

	List<String> strings() {
		return list().stream().map(YamlNode::string).toList();
	}

	boolean bool() {
		String value = string();
		if (!value.equals("true") && !value.equals("false")) {
			throw error("expected true or false, not '" + value + "'");
		}
		return Boolean.parseBoolean(value);
	}

	static @Nullable YamlNode optional(Map<String, YamlNode> map, String key) {
		return map.get(key);
	}

	static YamlNode required(Map<String, YamlNode> map, String key, YamlNode owner) {
		YamlNode value = map.get(key);
		if (value == null) {
			throw owner.error("'" + key + "' is missing");
		}
		return value;
	}

}
