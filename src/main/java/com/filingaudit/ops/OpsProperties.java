package com.filingaudit.ops;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operations settings, {@code audit.ops.*}.
 *
 * @param lastRunStaleAfter health is DOWN when the latest completed run ended longer ago than this: the nightly run
 * has not happened (two nights missed by default, so that one slow night does not page anyone)
 */
@ConfigurationProperties("audit.ops")
record OpsProperties(@DefaultValue("48h") Duration lastRunStaleAfter) {
}
