package com.filingaudit.remind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that misbehaves as GreenMail cannot: one that accepts connections and never says a word, or one that
 * refuses every recipient.
 */
final class FakeSmtp implements AutoCloseable {

	private final ServerSocket server;

	private final List<Socket> connections = new CopyOnWriteArrayList<>();

	private FakeSmtp(boolean silent) throws IOException {
		server = new ServerSocket(0);
		Thread accept = new Thread(() -> {
			try {
				while (true) {
					Socket socket = server.accept();
					connections.add(socket);
					if (!silent) {
						Thread answer = new Thread(() -> refuse(socket));
						answer.setDaemon(true);
						answer.start();
					}
				}
			}
			catch (IOException closed) {
				// the test is over
			}
		});
		accept.setDaemon(true);
		accept.start();
	}

	/** Accepts connections and never answers. */
	static FakeSmtp silent() throws IOException {
		return new FakeSmtp(true);
	}

	/** Answers as a server does, except that it refuses every recipient (550). */
	static FakeSmtp refusingRecipients() throws IOException {
		return new FakeSmtp(false);
	}

	int port() {
		return server.getLocalPort();
	}

	private static void refuse(Socket socket) {
		try (socket;
				BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
				Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII)) {
			say(out, "220 fake ESMTP");
			for (String line; (line = in.readLine()) != null;) {
				String command = line.toUpperCase(Locale.ROOT);
				if (command.startsWith("QUIT")) {
					say(out, "221 bye");
					return;
				}
				say(out, command.startsWith("RCPT") ? "550 5.1.1 Recipient address rejected: User unknown" : "250 OK");
			}
		}
		catch (IOException closed) {
			// the client went away
		}
	}

	private static void say(Writer out, String line) throws IOException {
		out.write(line + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		server.close();
		for (Socket socket : connections) {
			socket.close();
		}
	}

}
