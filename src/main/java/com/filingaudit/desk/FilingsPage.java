package com.filingaudit.desk;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.filingaudit.remind.Reminders;
import com.filingaudit.report.FindingText;
import com.filingaudit.rules.Catalog;
import com.filingaudit.store.DeskReads;
import com.filingaudit.system.Messages;

/** Finds filings in the latest run by company, credit code, filing number or owner, and shows their history. */
@ConditionalOnWebApplication
@Controller
class FilingsPage {

	static final int FOUND = 100;

	static final int HISTORY = 400;

	private final DeskReads reads;

	private final Catalog catalog;

	private final Reminders reminders;

	FilingsPage(DeskReads reads, Catalog catalog, Reminders reminders) {
		this.reads = reads;
		this.catalog = catalog;
		this.reminders = reminders;
	}

	@GetMapping("/filings")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String id, Model model) {
		String text = q.strip();
		model.addAttribute("q", text);
		reads.latestCompleted().ifPresent(run -> {
			model.addAttribute("asOf", run.asOf());
			if (!text.isEmpty() && text.length() <= 200) {
				Messages messages = DeskModel.messages();
				FindingText findingText = new FindingText(messages, catalog);
				List<FilingView> found = reads.search(run.instanceId(), text, FOUND)
					.stream()
					.map(f -> FilingView.of(f.filing(), findingText, catalog, messages, f.identity()))
					.toList();
				model.addAttribute("found", found);
				String chosen = id != null ? id : found.size() == 1 ? found.get(0).identity() : null;
				if (chosen != null && chosen.length() <= 700) {
					model.addAttribute("chosen", chosen);
					model.addAttribute("history", reads.history(chosen, HISTORY));
					model.addAttribute("reminded", reminders.ofFiling(chosen));
				}
			}
		});
		return "filings";
	}

}
