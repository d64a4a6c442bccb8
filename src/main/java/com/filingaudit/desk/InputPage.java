package com.filingaudit.desk;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.filingaudit.ingest.IngestProperties;
import com.filingaudit.store.AuditStore;
import com.filingaudit.store.DeskReads;
import com.filingaudit.store.FileAccount;
import com.filingaudit.system.AuditProperties;

/** The input folder: its files and what the last run said of each; uploads and deletions. */
@ConditionalOnWebApplication
@Controller
class InputPage {

	private final InputShelf shelf;

	private final DeskReads reads;

	private final AuditStore store;

	private final DeskEvents events;

	private final IngestProperties ingest;

	private final ZoneId zone;

	InputPage(InputShelf shelf, DeskReads reads, AuditStore store, DeskEvents events, IngestProperties ingest,
			AuditProperties audit) {
		this.zone = audit.zone();
		this.shelf = shelf;
		this.reads = reads;
		this.store = store;
		this.events = events;
		this.ingest = ingest;
	}

	/**
	 * What the last completed run said of a file: its sheets' counts, summed, and their notes.
	 *
	 * @param superseded audited rows that a newer row of the same filing replaced (counted in {@code audited})
	 */
	public record LastSaid(int read, int audited, int rejected, int blank, int superseded, List<String> notes) {
	}

	@GetMapping("/input")
	String input(Model model) throws IOException {
		Map<String, LastSaid> said = new HashMap<>();
		reads.latestCompleted().ifPresent(run -> {
			Map<String, List<FileAccount>> byFile = new HashMap<>();
			store.accounts(run.instanceId()).forEach(a -> byFile.computeIfAbsent(a.file(), f -> new ArrayList<>()).add(a));
			Map<String, Integer> superseded = new HashMap<>();
			store.supersededCounts(run.instanceId()).forEach((at, count) -> superseded.merge(at.file(), count, Integer::sum));
			byFile.forEach((file, accounts) -> said.put(file, new LastSaid(
					accounts.stream().mapToInt(FileAccount::read).sum(),
					accounts.stream().mapToInt(FileAccount::audited).sum(),
					accounts.stream().mapToInt(FileAccount::rejected).sum(),
					accounts.stream().mapToInt(FileAccount::blank).sum(),
					superseded.getOrDefault(file, 0),
					accounts.stream().filter(a -> a.note() != null)
						.map(a -> a.sheet().isEmpty() ? a.note() : a.sheet() + ": " + a.note())
						.toList())));
			model.addAttribute("lastRun", run.asOf());
		});
		model.addAttribute("files", shelf.files());
		model.addAttribute("said", said);
		model.addAttribute("maxMb", ingest.maxFileMb());
		model.addAttribute("zone", zone);
		return "input";
	}

	@PostMapping("/input")
	String upload(@RequestParam("files") List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean replace, Authentication user, RedirectAttributes redirect)
			throws IOException {
		List<InputShelf.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
				continue;
			}
			try (InputStream content = file.getInputStream()) {
				InputShelf.Upload upload = shelf.put(file.getOriginalFilename(), content, replace, DeskModel.messages());
				uploads.add(upload);
				events.record(user.getName(), upload.refused() == null ? "UPLOAD" : "UPLOAD_REFUSED",
						(upload.name() != null ? upload.name() : file.getOriginalFilename())
								+ (upload.refused() == null ? "" : ": " + upload.refused()));
			}
		}
		redirect.addFlashAttribute("uploads", uploads);
		return "redirect:/input";
	}

	@PostMapping("/input/delete")
	String delete(@RequestParam String name, Authentication user, RedirectAttributes redirect) throws IOException {
		if (shelf.delete(name)) {
			events.record(user.getName(), "DELETE", name);
			redirect.addFlashAttribute("deleted", name);
		}
		return "redirect:/input";
	}

}
