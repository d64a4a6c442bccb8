package com.filingaudit.ingest;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

/**
 * A CSV or text export as one sheet: encoding detected ({@link TextEncoding}), delimiter detected (comma, tab or
 * semicolon), each record a row numbered as Excel would show it.
 */
final class TextSheets implements RawSheets, RawSheet {

	private static final char[] DELIMITERS = { ',', '\t', ';' };

	private static final int SNIFF_LINES = 30;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final CountedBytes counted;

	private final long size;

	private boolean handedOut;

	private TextSheets(CSVParser parser, CountedBytes counted, long size) {
		this.parser = parser;
		this.records = parser.iterator();
		this.counted = counted;
		this.size = size;
	}

	static TextSheets open(Path file) throws IOException {
		Charset charset = TextEncoding.detect(file);
		char delimiter = sniffDelimiter(file, charset);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		CountedBytes counted = new CountedBytes(Files.newInputStream(file));
		// a decoder that reports malformed input, as Files.newBufferedReader has
		Reader reader = withoutBom(new BufferedReader(new InputStreamReader(counted, charset.newDecoder())));
		return new TextSheets(CSVParser.builder().setReader(reader).setFormat(format).get(), counted, Files.size(file));
	}

	/** The bytes read so far of the file's size: ahead of the parser by the readers' buffers, a few kilobytes. */
	@Override
	public double fractionRead() {
		return size == 0 ? 1 : Math.min(1, (double) counted.count / size);
	}

	@Override
	public @Nullable RawSheet nextSheet() {
		if (handedOut) {
			return null;
		}
		handedOut = true;
		return this;
	}

	@Override
	public String name() {
		return "";
	}

	@Override
	public boolean hidden() {
		return false;
	}

	@Override
	public @Nullable RawRow nextRow() {
		if (!records.hasNext()) {
			return null;
		}
		CSVRecord record = records.next();
		List<Value> values = new ArrayList<>(record.size());
		for (String value : record) {
			values.add(Value.text(value));
		}
		return new RawRow(Math.toIntExact(record.getRecordNumber()), values);
	}

	@Override
	public boolean skipRow() {
		if (!records.hasNext()) {
			return false;
		}
		records.next();
		return true;
	}

	/**
	 * The delimiter that splits some line of the first {@value #SNIFF_LINES} into the most fields: a title line above
	 * the header has none, so the header decides.
	 */
	private static char sniffDelimiter(Path file, Charset charset) throws IOException {
		int[] best = new int[DELIMITERS.length];
		try (BufferedReader reader = withoutBom(Files.newBufferedReader(file, charset))) {
			String line;
			for (int n = 0; n < SNIFF_LINES && (line = reader.readLine()) != null; n++) {
				for (int i = 0; i < DELIMITERS.length; i++) {
					char candidate = DELIMITERS[i];
					best[i] = Math.max(best[i], (int) line.chars().filter(c -> c == candidate).count());
				}
			}
		}
		int chosen = 0;
		for (int i = 1; i < DELIMITERS.length; i++) {
			if (best[i] > best[chosen]) {
				chosen = i;
			}
		}
		return DELIMITERS[chosen];
	}

	private static BufferedReader withoutBom(BufferedReader reader) throws IOException {
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

	/** Counts the bytes read through it, a buffer at a time. */
	private static final class CountedBytes extends FilterInputStream {

		private long count;

		CountedBytes(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count += skipped;
			return skipped;
		}

	}

}
