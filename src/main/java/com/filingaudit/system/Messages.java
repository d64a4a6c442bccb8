package com.filingaudit.system;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's words in the report's language: {@code zh-CN} (default) or {@code en}. Texts live in
 * {@code messages.properties} (English) and {@code messages_zh.properties}.
 */
public final class Messages {

	private final Locale locale;

	private final ResourceBundle bundle;

	public Messages(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle("messages", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public static Messages of(String languageTag) {
		return new Messages(Locale.forLanguageTag(languageTag));
	}

	public String get(String key, Object... args) {
		String pattern;
		try {
			pattern = bundle.getString(key);
		}
		catch (MissingResourceException ex) {
			throw new IllegalStateException("no text for '" + key + "' in " + locale, ex);
		}
		return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
	}

	public boolean chinese() {
		return "zh".equals(locale.getLanguage());
	}

	public Locale locale() {
		return locale;
	}

}
