package com.filingaudit.remind;

import org.jspecify.annotations.Nullable;

/**
 * Someone who owns filings, as registers name them in 负责人 / Owner.
 *
 * @param manager the name of their account manager, another person
 * @param locale {@code zh-CN} or {@code en}: the language of what they are sent
 * @param deskUser the desk account whose inbox shows their reminders
 */
public record Person(String name, String email, @Nullable String manager, String locale, @Nullable String deskUser) {
}
