package com.filingaudit.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * Streams one register file, or a range of its items (a big file is read in ranges at once, see {@link RowRange}).
 * A file that cannot be opened, or fails part-way (an exception, or an error such as running out of memory on it),
 * ends as one notice with the reason (the stack trace goes to the log only), never as a failed run; a file that
 * changed while it was read is discarded as incomplete. Restartable: the number of items read is saved with each
 * chunk, and a restarted run skips that many. Its rows, and the share of the file they took, go to the run's
 * progress at each chunk.
 */
class RegisterReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

	private static final Logger log = LoggerFactory.getLogger(RegisterReader.class);

	private final Path file;

	private final String name;

	private final long size;

	private final long modified;

	private final int first;

	private final int end;

	private final IngestOptions options;

	private final ProgressTracker.Part progress;

	private @Nullable RowSource source;

	/** The notice of a file that failed, still to be handed out before the end. */
	private SourceRow.@Nullable Notice pendingNotice;

	private boolean finished;

	/** Register rows of this range handed out, those a resumed run passes over included; notices are not rows. */
	private long rows;

	/** How much of the file lay before this range, to tell the range's own share of the file read. */
	private double fractionBefore;

	/**
	 * @param size the file's size when the run found it
	 * @param modified its modification time then, in milliseconds
	 * @param first the range's first item
	 * @param end the item after the range's last, {@link RowRange#OPEN} for the rest of the file
	 * @param progress where the range's rows are counted
	 */
	RegisterReader(Path file, String name, long size, long modified, int first, int end, IngestOptions options,
			ProgressTracker.Part progress) {
		this.file = file;
		this.name = name;
		this.size = size;
		this.modified = modified;
		this.first = first;
		this.end = end;
		this.options = options;
		this.progress = progress;
		setName("register");
		setCurrentItemCount(first);
		setMaxItemCount(end);
	}

	@Override
	public void open(ExecutionContext context) {
		super.open(context);
		progress.opened(rows);
	}

	@Override
	public void update(ExecutionContext context) {
		super.update(context);
		progress.reached(rows, share());
	}

	/** The share of the file this range has read. */
	private double share() {
		return source == null ? Double.NaN : source.fractionRead() - fractionBefore;
	}

	@Override
	protected void doOpen() {
		finished = false;
		pendingNotice = null;
		try {
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
			progress.finished(rows, end == RowRange.OPEN ? 1 - fractionBefore : share());
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
			finished = row == null;
			// Each range looks at the file again when it has read its part, the end of the file or its last item
			// (that row then goes with the rest of the file): a change while any range read shows in its own look.
			if ((finished || getCurrentItemCount() == end) && changedSinceFound()) {
				finished = true;
				log.warn("{} changed while it was read; it is left for the next run", name);
				return new SourceRow.Discard(name, options.messages().get("file.changed"));
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

	/**
	 * Moves to the range's first item, or to where a resumed range stopped, without building the rows passed over.
	 * A failure on the way lies among the items passed over: it is reported where those are read, by the range that
	 * holds them or by this one before it was resumed.
	 */
	@Override
	protected void jumpToItem(int items) {
		if (source == null) {
			// the file did not open: its notice is the first item, one of those passed over
			pendingNotice = null;
			finished = true;
			return;
		}
		try {
			// a file that ends before the range starts leaves it empty: the range holding its end looks for a change
			finished = source.skip(items) < items;
			// rows of this range passed over by a resumed run count as its own; the file's share before the range is
			// known exactly only when the jump ends where the range starts, else taken in proportion
			rows = items - first;
			fractionBefore = source.fractionRead() * first / items;
		}
		catch (Exception | Error ex) {
			rethrowIfFatal(ex);
			log.warn("{} failed before item {}, which is reported where that part is read: {}", name, items,
					ex.toString());
			finished = true;
		}
	}

	private boolean changedSinceFound() {
		try {
			return Files.size(file) != size || Files.getLastModifiedTime(file).toMillis() != modified;
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
