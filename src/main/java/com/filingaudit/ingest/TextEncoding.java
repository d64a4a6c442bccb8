package com.filingaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which encoding a text export is in. A byte-order mark decides; without one, text that is valid UTF-8 is UTF-8,
 * and otherwise GB18030 (a superset of GBK, which Chinese Excel writes). Bytes valid in neither are refused.
 */
final class TextEncoding {

	static final Charset GB18030 = Charset.forName("GB18030");

	private TextEncoding() {
	}

	static Charset detect(Path file) throws IOException {
		byte[] head = new byte[3];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, 3);
		}
		if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return StandardCharsets.UTF_8;
		}
		if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		if (decodes(file, StandardCharsets.UTF_8)) {
			return StandardCharsets.UTF_8;
		}
		if (decodes(file, GB18030)) {
			return GB18030;
		}
		throw new UnreadableFileException("file.notText");
	}

	/** Decodes the whole file strictly, a buffer at a time. */
	private static boolean decodes(Path file, Charset charset) throws IOException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(64 * 1024);
		CharBuffer out = CharBuffer.allocate(64 * 1024);
		try (InputStream stream = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int read = stream.read(in.array(), in.position(), in.remaining());
				if (read < 0) {
					end = true;
				}
				else {
					in.position(in.position() + read);
				}
				in.flip();
				CoderResult result = decoder.decode(in, out, end);
				if (result.isError()) {
					return false;
				}
				out.clear();
				in.compact();
			}
			CoderResult result = decoder.flush(out);
			return !result.isError() && in.position() == 0;
		}
	}

}
