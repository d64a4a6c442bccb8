package com.filingaudit.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.filingaudit.ingest.InputFolder;

/** One partition per register file. On restart Spring Batch reuses these and redoes only unfinished files. */
class PerFilePartitioner implements Partitioner {

	static final String FILE = "file";

	static final String NAME = "name";

	private final InputFolder input;

	PerFilePartitioner(InputFolder input) {
		this.input = input;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<Path> files;
		try {
			files = input.registers();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < files.size(); i++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(FILE, files.get(i).toAbsolutePath().toString());
			context.putString(NAME, files.get(i).getFileName().toString());
			partitions.put("file" + (i + 1), context);
		}
		return partitions;
	}

}
