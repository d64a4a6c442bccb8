package com.filingaudit.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.function.LongConsumer;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.filingaudit.ingest.Location;
import com.filingaudit.store.AuditStore;

/** Places a chunk of the run's lapsed rows in their lapse episodes, in the chunk's transaction. */
class DateLapses implements ItemWriter<Location> {

	private final AuditStore store;

	private final long instanceId;

	private final LocalDate asOf;

	private final int repeatWithinDays;

	/** Told how many rows this chunk dated, for the run's progress. */
	private final LongConsumer dated;

	DateLapses(AuditStore store, long instanceId, LocalDate asOf, int repeatWithinDays, LongConsumer dated) {
		this.store = store;
		this.instanceId = instanceId;
		this.asOf = asOf;
		this.repeatWithinDays = repeatWithinDays;
		this.dated = dated;
	}

	@Override
	public void write(Chunk<? extends Location> chunk) {
		store.recordLapseEpisodes(instanceId, asOf, repeatWithinDays, new ArrayList<>(chunk.getItems()));
		dated.accept(chunk.size());
	}

}
