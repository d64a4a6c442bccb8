package com.filingaudit.ingest;

import java.io.Closeable;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The file sizes of the .xls workbooks loaded at once, held within one cap's worth ({@link IngestOptions#xlsCap}):
 * each is loaded whole, about 7 times its size on the heap, and several threads read files at once
 * ({@code audit.threads}), so that two files near the cap together would run the heap out. A load waits until those
 * loaded before it leave room, in the order the loads asked (a big one is not passed over by small ones for ever).
 */
final class XlsBudget {

	/** Counted in kilobytes: a semaphore's permits are an int. */
	private final int kilobytes;

	private final Semaphore free;

	XlsBudget(long bytes) {
		this.kilobytes = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 1024));
		this.free = new Semaphore(kilobytes, true);
	}

	/**
	 * Waits until a file of {@code bytes} fits beside those loaded, and counts it in; all of the budget for a file
	 * larger than it, so that it is loaded alone. Closing what it returns counts the file out.
	 */
	Closeable take(long bytes) throws InterruptedIOException {
		int share = (int) Math.min(kilobytes, Math.max(1, (bytes + 1023) / 1024));
		try {
			free.acquire(share);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while waiting to load an .xls");
		}
		AtomicBoolean given = new AtomicBoolean();
		return () -> {
			if (given.compareAndSet(false, true)) {
				free.release(share);
			}
		};
	}

	/** Kilobytes free now. */
	int freeKilobytes() {
		return free.availablePermits();
	}

}
