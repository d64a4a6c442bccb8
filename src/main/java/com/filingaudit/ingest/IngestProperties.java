package com.filingaudit.ingest;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the input folder is read, {@code audit.ingest.*}.
 *
 * @param hiddenSheets audit hidden sheets too
 * @param settleSeconds in scheduled runs, files modified this recently are left for the next run (still being copied)
 * @param maxFileMb larger files are refused unread
 * @param dateOrder how dates with the year last ({@code 03/04/2027}) are read: {@code YMD} refuses the ambiguous ones
 * @param fileSettings a YAML file of settings for some files only (date order, header names), or {@code null}
 */
@ConfigurationProperties("audit.ingest")
public record IngestProperties(boolean hiddenSheets, @DefaultValue("60") int settleSeconds,
		@DefaultValue("200") int maxFileMb, @DefaultValue("YMD") DateOrder dateOrder, @Nullable Path fileSettings) {

	public IngestProperties {
		if (settleSeconds < 0 || maxFileMb < 1) {
			throw new IllegalArgumentException("audit.ingest.settle-seconds must be 0 or more, max-file-mb 1 or more");
		}
	}

}
