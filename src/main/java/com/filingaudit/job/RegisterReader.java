package com.filingaudit.job;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import com.filingaudit.ingest.ColumnNames;
import com.filingaudit.ingest.RowSource;
import com.filingaudit.ingest.RowSources;
import com.filingaudit.ingest.SourceRow;
import com.filingaudit.ingest.UnreadableFileException;
import com.filingaudit.system.Messages;

/**
 * Streams one register file. A file that cannot be opened, or fails part-way, ends as one notice with the reason
 * (the stack trace goes to the log only), never as a failed run. Restartable: the number of items read is saved
 * with each chunk, and a restarted run skips that many.
 */
class RegisterReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

	private static final Logger log = LoggerFactory.getLogger(RegisterReader.class);

	private final Path file;

	private final String name;

	private final ColumnNames columnNames;

	private final Messages messages;

	private @Nullable RowSource source;

	/** The notice of a file that failed, still to be handed out before the end. */
	private SourceRow.@Nullable Notice pendingNotice;

	private boolean finished;

	RegisterReader(Path file, String name, ColumnNames columnNames, Messages messages) {
		this.file = file;
		this.name = name;
		this.columnNames = columnNames;
		this.messages = messages;
		setName("register");
	}

	@Override
	protected void doOpen() {
		finished = false;
		pendingNotice = null;
		try {
			source = RowSources.open(file, name, columnNames, messages);
		}
		catch (Exception | StackOverflowError ex) {
			pendingNotice = notice(ex);
		}
	}

	@Override
	protected @Nullable SourceRow doRead() {
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
			return source.next();
		}
		catch (Exception | StackOverflowError ex) {
			finished = true;
			return notice(ex);
		}
	}

	private SourceRow.Notice notice(Throwable ex) {
		if (ex instanceof UnreadableFileException) {
			log.warn("{}: {}", name, ex.getMessage());
			return new SourceRow.Notice(name, "", true, ex.getMessage());
		}
		log.warn("{} could not be read", name, ex);
		String detail = ex.getMessage() == null ? ex.getClass().getSimpleName()
				: ex.getMessage().lines().findFirst().orElse("");
		return new SourceRow.Notice(name, "", true, messages.get("notice.unreadable", detail));
	}

	@Override
	protected void doClose() throws Exception {
		if (source != null) {
			source.close();
			source = null;
		}
	}

}
