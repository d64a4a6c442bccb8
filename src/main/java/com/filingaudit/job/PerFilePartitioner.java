package com.filingaudit.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.filingaudit.ingest.InputFolder;
import com.filingaudit.store.AuditStore;
import com.filingaudit.system.Messages;

/**
 * One partition per register file; the files passed over (lock files, downloads in progress...) are listed in the
 * run's accounting with the reason. On restart Spring Batch reuses these partitions and redoes only unfinished files.
 */
class PerFilePartitioner implements Partitioner {

	static final String FILE = "file";

	static final String NAME = "name";

	static final String MODIFIED = "modified";

	private final InputFolder input;

	private final Duration settle;

	private final Clock clock;

	private final AuditStore store;

	private final long instanceId;

	private final Messages messages;

	PerFilePartitioner(InputFolder input, Duration settle, Clock clock, AuditStore store, long instanceId,
			Messages messages) {
		this.input = input;
		this.settle = settle;
		this.clock = clock;
		this.store = store;
		this.instanceId = instanceId;
		this.messages = messages;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		try {
			InputFolder.Survey survey = input.survey(clock.instant(), settle);
			for (InputFolder.Skipped skipped : survey.skipped()) {
				store.recordSkipped(instanceId, skipped.name(), messages.get(skipped.reasonKey(), skipped.args()));
			}
			List<Path> files = survey.registers();
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			for (int i = 0; i < files.size(); i++) {
				ExecutionContext context = new ExecutionContext();
				context.putString(FILE, files.get(i).toAbsolutePath().toString());
				context.putString(NAME, files.get(i).getFileName().toString());
				context.putLong(MODIFIED, Files.getLastModifiedTime(files.get(i)).toMillis());
				partitions.put("file" + (i + 1), context);
			}
			return partitions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
