package com.filingaudit.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
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
		List<RunView> history = new ArrayList<>();
		if (runs.busy()) {
			launcher.progress().ifPresent(p -> history.add(RunView.running(p, LocalDateTime.now(clock))));
		}
		history.addAll(history(SHOWN, true));
		model.addAttribute("runs", history);
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
			Authentication user, RedirectAttributes redirect) throws InterruptedException {
		LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
		if (day.isBefore(LocalDate.of(2000, 1, 1)) || day.isAfter(LocalDate.now(clock).plusYears(5))) {
			redirect.addFlashAttribute("notice", "desk.runs.badDate");
			return "redirect:/runs";
		}
		DeskRuns.Started started = runs.start(day);
		switch (started.how()) {
			case BUSY -> redirect.addFlashAttribute("notice", "desk.runs.busy");
			case REFUSED -> {
				events.record(user.getName(), "RUN_REFUSED", "as of " + day + ": " + started.refusal().reason());
				redirect.addFlashAttribute("notice", "desk.runs.refused");
				redirect.addFlashAttribute("reason", started.refusal().reason());
			}
			default -> {
				events.record(user.getName(), "RUN_STARTED", "as of " + day);
				redirect.addFlashAttribute("notice",
						started.how() == DeskRuns.Start.BEGUN ? "desk.runs.begun" : "desk.runs.starting");
			}
		}
		return "redirect:/runs";
	}

	/**
	 * The runs the history keeps and the desk's starts that ended before their audit began, newest first.
	 *
	 * @param rows whether to read each run's row counts
	 */
	private List<RunView> history(int limit, boolean rows) {
		List<RunView> history = new ArrayList<>();
		reads.runs(limit).forEach(r -> history.add(
				RunView.of(r, shelf, rows ? reads.rows(r.instanceId()) : null, clock.getZone())));
		runs.refusals().stream().limit(limit).forEach(r -> history.add(RunView.refused(r, clock.getZone())));
		history.sort(Comparator.comparing(RunView::started, Comparator.nullsLast(Comparator.reverseOrder())));
		return history.size() > limit ? history.subList(0, limit) : history;
	}

	private void progress(Model model) {
		Optional<RunProgress> progress = launcher.progress();
		model.addAttribute("busy", runs.busy());
		model.addAttribute("progress", progress.orElse(null));
		List<RunView> latest = history(1, false);
		model.addAttribute("last", latest.isEmpty() ? null : latest.get(0));
	}

}
