package com.filingaudit.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import com.filingaudit.ingest.FileProblems;
import com.filingaudit.ingest.IngestOptions;
import com.filingaudit.ingest.RowSource;
import com.filingaudit.ingest.RowSources;
import com.filingaudit.ingest.SourceRow;
import com.filingaudit.ingest.UnreadableFileException;

/**
 * Streams one register file. A file that cannot be opened, or fails part-way (an exception, or an error such as
 * running out of memory on it), ends as one notice with the reason (the stack trace goes to the log only), never as
 * a failed run; a file that changed while it was read is discarded
 * as incomplete. Restartable: the number of items read is saved with each chunk, and a restarted run skips that many.
 * Its rows, and the share of the file they took, go to the run's progress at each chunk.
 */
class RegisterReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

	private static final Logger log = LoggerFactory.getLogger(RegisterReader.class);

	private final Path file;

	private final String name;

	private final IngestOptions options;

	private final ProgressTracker.Part progress;

	private @Nullable RowSource source;

	/** The notice of a file that failed, still to be handed out before the end. */
	private SourceRow.@Nullable Notice pendingNotice;

	private boolean finished;

	private long sizeAtOpen;

	private @Nullable FileTime modifiedAtOpen;

	/** Register rows handed out, those a resumed run skips included; notices are not rows. */
	private long rows;

	RegisterReader(Path file, String name, IngestOptions options, ProgressTracker.Part progress) {
		this.file = file;
		this.name = name;
		this.options = options;
		this.progress = progress;
		setName("register");
	}

	@Override
	public void open(ExecutionContext context) {
		super.open(context);
		progress.opened(rows);
	}

	@Override
	public void update(ExecutionContext context) {
		super.update(context);
		progress.reached(rows, source == null ? Double.NaN : source.fractionRead());
	}

	@Override
	protected void doOpen() {
		finished = false;
		pendingNotice = null;
		try {
			sizeAtOpen = Files.size(file);
			modifiedAtOpen = Files.getLastModifiedTime(file);
			source = RowSources.open(file, name, options);
		}
		catch (Exception | Error ex) {
			rethrowIfFatal(ex);
			pendingNotice = notice(ex);
		}
	}

	@Override
	protected @Nullable SourceRow doRead() {
		SourceRow item = next();
		if (item instanceof SourceRow.Row) {
			rows++;
		}
		else if (item == null) {
			progress.finished(rows);
		}
		return item;
	}

	private @Nullable SourceRow next() {
		if (pendingNotice != null) {
			SourceRow notice = pendingNotice;
			pendingNotice = null;
			finished = true;
			return notice;
		}
		if (finished || source == null) {
			return null;
		}
		try {
			SourceRow row = source.next();
			if (row == null) {
				finished = true;
				if (changedSinceOpen()) {
					log.warn("{} changed while it was read; it is left for the next run", name);
					return new SourceRow.Discard(name, options.messages().get("file.changed"));
				}
			}
			return row;
		}
		catch (Exception | Error ex) {
			rethrowIfFatal(ex);
			finished = true;
			return notice(ex);
		}
	}

	/**
	 * Errors after which the JVM cannot go on, or that are no fault of the file (a broken installation), end the run.
	 * Any other, running out of memory or stack on one file included, is that file's: the memory it took is free
	 * again once the file is given up.
	 */
	private static void rethrowIfFatal(Throwable ex) {
		if (ex instanceof InternalError || ex instanceof UnknownError || ex instanceof LinkageError
				|| ex instanceof ThreadDeath) {
			throw (Error) ex;
		}
	}

	private boolean changedSinceOpen() {
		try {
			return Files.size(file) != sizeAtOpen || !Files.getLastModifiedTime(file).equals(modifiedAtOpen);
		}
		catch (IOException ex) {
			return true;
		}
	}

	private SourceRow.Notice notice(Throwable ex) {
		if (ex instanceof UnreadableFileException) {
			log.warn("{} was not read: {}", name, ex.getMessage());
		}
		else {
			log.warn("{} could not be read", name, ex);
		}
		return new SourceRow.Notice(name, "", true, FileProblems.reason(ex, options.messages()));
	}

	@Override
	protected void doClose() throws Exception {
		if (source != null) {
			source.close();
			source = null;
		}
	}

}
