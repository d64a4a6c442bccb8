package com.filingaudit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every text a person reads exists in both languages, with the same blanks to fill in. */
class MessageBundlesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	@Test
	void chineseAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
		Map<String, Set<String>> english = placeholders("messages.properties");
		Map<String, Set<String>> chinese = placeholders("messages_zh.properties");

		assertThat(english).isNotEmpty();
		assertThat(chinese.keySet()).as("keys only in English").containsAll(english.keySet());
		assertThat(english.keySet()).as("keys only in Chinese").containsAll(chinese.keySet());
		assertThat(chinese).as("placeholders per key").isEqualTo(english);
	}

	private static Map<String, Set<String>> placeholders(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, Set<String>> byKey = new TreeMap<>();
		for (String key : properties.stringPropertyNames()) {
			Set<String> found = new TreeSet<>();
			Matcher m = PLACEHOLDER.matcher(properties.getProperty(key));
			while (m.find()) {
				found.add(m.group(1));
			}
			byKey.put(key, found);
		}
		return byKey;
	}

}
