package com.filingaudit.desk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.filingaudit.report.FindingText;
import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.Group;
import com.filingaudit.store.AuditStore;
import com.filingaudit.store.DeskReads;
import com.filingaudit.store.RunRecord;
import com.filingaudit.system.Messages;

/** The landing page: the latest completed run as the workbook's Summary tells it. */
@ConditionalOnWebApplication
@Controller
class TodayPage {

	static final int URGENT = 10;

	private final DeskReads reads;

	private final AuditStore store;

	private final ReportShelf shelf;

	private final Catalog catalog;

	private final Clock clock;

	TodayPage(DeskReads reads, AuditStore store, ReportShelf shelf, Catalog catalog, Clock clock) {
		this.clock = clock;
		this.reads = reads;
		this.store = store;
		this.shelf = shelf;
		this.catalog = catalog;
	}

	@GetMapping("/")
	String today(Model model) {
		Optional<RunRecord> latest = reads.latestCompleted();
		model.addAttribute("run", latest.orElse(null));
		if (latest.isEmpty()) {
			return "today";
		}
		RunRecord run = latest.get();
		Optional<AuditStore.PreviousRun> previous = store.previousRun(run.instanceId(), run.asOf());
		model.addAttribute("previous", previous.orElse(null));
		model.addAttribute("entered", previous.map(p -> reads.entered(run.instanceId(), p.instanceId()))
			.orElse(Map.of()));
		model.addAttribute("resolved", previous.map(p -> store.countResolved(run.instanceId(), p.instanceId()))
			.orElse(0));
		Messages messages = DeskModel.messages();
		FindingText text = new FindingText(messages, catalog);
		List<FilingView> urgent = new ArrayList<>();
		reads.mostUrgent(run.instanceId(), URGENT).forEach(f -> urgent.add(FilingView.of(f, text, catalog, messages)));
		model.addAttribute("urgent", urgent);
		model.addAttribute("groups", List.of(Group.LAPSED, Group.RISKY, Group.EXPIRING, Group.OK));
		model.addAttribute("counts", Map.of(Group.LAPSED.name(), run.counts().lapsed(), Group.RISKY.name(),
				run.counts().risky(), Group.EXPIRING.name(), run.counts().expiring(), Group.OK.name(), run.counts().ok()));
		model.addAttribute("downloads", RunView.of(run, shelf, null, clock.getZone()));
		return "today";
	}

}
