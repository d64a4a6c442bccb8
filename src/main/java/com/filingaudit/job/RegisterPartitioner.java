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
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.filingaudit.ingest.InputFolder;
import com.filingaudit.ingest.RowEstimate;
import com.filingaudit.store.AuditStore;
import com.filingaudit.system.Messages;

/**
 * One partition per register file, {@code file1}, {@code file2}...; a big file is read in row ranges at once, one
 * partition each, {@code file1.1}, {@code file1.2}... (see {@link RowRange}). A partition's context says all its
 * reader needs, the file's size and time when found included, so that a change while it is read shows. The files
 * passed over (lock files, downloads in progress...) are listed in the run's accounting with the reason.
 * <p>
 * On restart Spring Batch asks again, and resumes each unfinished partition of a name given with the context saved
 * for it. The partitions come out the same: a run is resumed only for the same files, sizes and times
 * ({@link AuditLauncher}), an estimate depends on the file alone, and the number of workers and the range size are
 * those of the first attempt (Spring Batch keeps its grid size, this keeps the range size).
 */
class RegisterPartitioner implements Partitioner {

	static final String FILE = "file";

	static final String NAME = "name";

	static final String MODIFIED = "modified";

	static final String SIZE = "size";

	static final String FIRST = "first";

	static final String END = "end";

	private static final String RANGE_ROWS = "minRangeRows";

	private final InputFolder input;

	private final Duration settle;

	private final Clock clock;

	private final AuditStore store;

	private final Messages messages;

	private final int minRangeRows;

	private final StepExecution step;

	private final JobRepository jobRepository;

	/** @param step the partitioned step's execution */
	RegisterPartitioner(InputFolder input, Duration settle, Clock clock, AuditStore store, Messages messages,
			int minRangeRows, StepExecution step, JobRepository jobRepository) {
		this.input = input;
		this.settle = settle;
		this.clock = clock;
		this.store = store;
		this.messages = messages;
		this.minRangeRows = minRangeRows;
		this.step = step;
		this.jobRepository = jobRepository;
	}

	/** @param gridSize the number of workers: a big file gets a range for each */
	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		try {
			long instanceId = step.getJobExecution().getJobInstance().getInstanceId();
			InputFolder.Survey survey = input.survey(clock.instant(), settle);
			for (InputFolder.Skipped skipped : survey.skipped()) {
				store.recordSkipped(instanceId, skipped.name(), messages.get(skipped.reasonKey(), skipped.args()));
			}
			int rangeRows = rangeRows();
			List<Path> files = survey.registers();
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			for (int i = 0; i < files.size(); i++) {
				Path file = files.get(i);
				long modified = Files.getLastModifiedTime(file).toMillis();
				long size = Files.size(file);
				List<RowRange> ranges = RowRange.of(RowEstimate.of(file), gridSize, rangeRows);
				for (int r = 0; r < ranges.size(); r++) {
					ExecutionContext context = new ExecutionContext();
					context.putString(FILE, file.toAbsolutePath().toString());
					context.putString(NAME, file.getFileName().toString());
					context.putLong(MODIFIED, modified);
					context.putLong(SIZE, size);
					context.putInt(FIRST, ranges.get(r).first());
					context.putInt(END, ranges.get(r).end());
					partitions.put(ranges.size() == 1 ? "file" + (i + 1) : "file" + (i + 1) + "." + (r + 1), context);
				}
			}
			return partitions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The range size of the run's first attempt, saved with the step before any partition is. */
	private int rangeRows() {
		ExecutionContext context = step.getExecutionContext();
		if (!context.containsKey(RANGE_ROWS)) {
			context.putInt(RANGE_ROWS, minRangeRows);
			jobRepository.updateExecutionContext(step);
		}
		return context.getInt(RANGE_ROWS);
	}

}
