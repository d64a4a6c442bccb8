package com.filingaudit.desk;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Hands out the files the product wrote under {@code reports/}: a run's workbook and its companions. The names in the
 * request are only looked up among those files (see {@link ReportShelf}); anything else is 404.
 */
@ConditionalOnWebApplication
@Controller
class Downloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ReportShelf shelf;

	private final DeskEvents events;

	Downloads(ReportShelf shelf, DeskEvents events) {
		this.shelf = shelf;
		this.events = events;
	}

	@GetMapping("/reports/{run}")
	ResponseEntity<Resource> workbook(@PathVariable String run, Authentication user) {
		return send(shelf.workbook(run), user);
	}

	@GetMapping("/reports/{run}/{file}")
	ResponseEntity<Resource> companion(@PathVariable String run, @PathVariable String file, Authentication user) {
		return send(shelf.companion(run, file), user);
	}

	private ResponseEntity<Resource> send(Optional<Path> found, Authentication user) {
		if (found.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		Path file = found.get();
		String name = file.getFileName().toString();
		events.record(user.getName(), "DOWNLOAD", file.getParent().getFileName() + "/" + name);
		return ResponseEntity.ok()
			.contentType(name.endsWith(".csv") ? CSV : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(new FileSystemResource(file));
	}

}
