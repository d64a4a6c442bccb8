package com.filingaudit.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import com.filingaudit.job.AuditLauncher;
import com.filingaudit.job.RunProgress;
import com.filingaudit.store.DeskReads;
import com.filingaudit.store.RunRecord;

/** The history of runs with their downloads, Run now, and the running audit's progress. */
@ConditionalOnWebApplication
@Controller
class RunsPage {

	static final int SHOWN = 60;

	private final DeskReads reads;

	private final ReportShelf shelf;

	private final DeskRuns runs;

	private final AuditLauncher launcher;

	private final DeskEvents events;

	private final Clock clock;

	RunsPage(DeskReads reads, ReportShelf shelf, DeskRuns runs, AuditLauncher launcher,
			DeskEvents events, Clock clock) {
		this.reads = reads;
		this.shelf = shelf;
		this.runs = runs;
		this.launcher = launcher;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping("/runs")
	String runs(Model model) {
		model.addAttribute("runs",
				reads.runs(SHOWN).stream().map(r -> RunView.of(r, shelf, reads.rows(r.instanceId()), clock.getZone())).toList());
		model.addAttribute("today", LocalDate.now(clock));
		progress(model);
		return "runs";
	}

	/** The progress panel alone, polled by the page while a run is under way. */
	@GetMapping("/runs/progress")
	String progressPanel(Model model, HttpServletResponse response) {
		progress(model);
		if (!runs.busy()) {
			// the run has ended: reload the whole page, so that the history lists it with its downloads
			response.setHeader("HX-Refresh", "true");
		}
		return "runs :: progress";
	}

	@PostMapping("/runs")
	String start(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Authentication user, RedirectAttributes redirect) {
		LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
		if (day.isBefore(LocalDate.of(2000, 1, 1)) || day.isAfter(LocalDate.now(clock).plusYears(5))) {
			redirect.addFlashAttribute("notice", "desk.runs.badDate");
			return "redirect:/runs";
		}
		if (runs.start(day)) {
			events.record(user.getName(), "RUN_STARTED", "as of " + day);
			redirect.addFlashAttribute("notice", "desk.runs.begun");
		}
		else {
			redirect.addFlashAttribute("notice", "desk.runs.busy");
		}
		return "redirect:/runs";
	}

	private void progress(Model model) {
		Optional<RunProgress> progress = launcher.progress();
		model.addAttribute("busy", runs.busy());
		model.addAttribute("progress", progress.orElse(null));
		List<RunRecord> latest = reads.runs(1);
		model.addAttribute("last", latest.isEmpty() ? null : RunView.of(latest.get(0), shelf, null, clock.getZone()));
	}

}
