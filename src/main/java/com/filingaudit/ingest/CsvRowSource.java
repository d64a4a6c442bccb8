package com.filingaudit.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import com.filingaudit.system.Messages;

/** A CSV export: encoding and delimiter detected, the first record the header. */
final class CsvRowSource implements RowSource {

	private static final char[] DELIMITERS = { ',', '\t', ';' };

	private final String name;

	private final ColumnNames columnNames;

	private final Messages messages;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private @Nullable Header header;

	private boolean finished;

	private CsvRowSource(String name, ColumnNames columnNames, Messages messages, CSVParser parser) {
		this.name = name;
		this.columnNames = columnNames;
		this.messages = messages;
		this.parser = parser;
		this.records = parser.iterator();
	}

	static CsvRowSource open(Path file, String name, ColumnNames columnNames, Messages messages) throws IOException {
		Charset charset = TextEncoding.detect(file);
		char delimiter = sniffDelimiter(file, charset);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		Reader reader = withoutBom(Files.newBufferedReader(file, charset));
		CsvRowSource source = new CsvRowSource(name, columnNames, messages,
				CSVParser.builder().setReader(reader).setFormat(format).get());
		source.readHeader();
		return source;
	}

	private void readHeader() {
		while (records.hasNext()) {
			List<String> names = values(records.next());
			if (names.stream().allMatch(n -> n.isBlank())) {
				continue;
			}
			header = Header.of(names, columnNames);
			return;
		}
	}

	@Override
	public @Nullable SourceRow next() throws IOException {
		if (finished) {
			return null;
		}
		if (header == null || !header.missingRequiredFields().isEmpty()) {
			finished = true;
			return new SourceRow.Notice(name, "", true, header == null ? messages.get("notice.emptyFile")
					: Headers.missingReason(header, columnNames, messages));
		}
		if (!records.hasNext()) {
			finished = true;
			return null;
		}
		CSVRecord record = records.next();
		List<Value> row = new ArrayList<>(record.size());
		for (String value : record) {
			row.add(Value.text(value));
		}
		return new SourceRow.Row(new Location(name, "", Math.toIntExact(record.getRecordNumber())), header, row);
	}

	private static List<String> values(CSVRecord record) {
		List<String> values = new ArrayList<>(record.size());
		record.forEach(values::add);
		return values;
	}

	/** The delimiter seen most often on the first non-blank line: comma, tab or semicolon. */
	private static char sniffDelimiter(Path file, Charset charset) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
			String line;
			while ((line = reader.readLine()) != null && line.isBlank()) {
				// a blank line tells nothing about the delimiter
			}
			char best = ',';
			long bestCount = 0;
			if (line != null) {
				for (char candidate : DELIMITERS) {
					long count = line.chars().filter(c -> c == candidate).count();
					if (count > bestCount) {
						best = candidate;
						bestCount = count;
					}
				}
			}
			return best;
		}
	}

	private static Reader withoutBom(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}

}
