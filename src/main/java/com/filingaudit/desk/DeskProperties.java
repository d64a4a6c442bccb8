package com.filingaudit.desk;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The desk's settings.
 *
 * @param adminPassword the password of the {@code admin} created at the first start; a random one is printed in the
 * log when not given
 * @param failedSignIns failed sign-ins of one account allowed within {@code signInWindow}; more are refused unchecked
 * @param signInWindow see {@code failedSignIns}
 */
@ConfigurationProperties("audit.desk")
record DeskProperties(@Nullable String adminPassword, @DefaultValue("5") int failedSignIns,
		@DefaultValue("1m") Duration signInWindow) {
}
