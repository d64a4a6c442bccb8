package com.filingaudit.remind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import com.filingaudit.report.FindingText;
import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.FindingCode;
import com.filingaudit.rules.Group;
import com.filingaudit.system.Messages;

/**
 * One email: the items of one person (or of a manager's people), the nearest deadline first, each with the days left
 * at a glance, what to do, the materials of that obligation and a link to the filing on the desk. HTML (tables and
 * inline styles, as mail readers need) with a plain-text alternative, in the reader's language.
 */
record Digest(String subject, String text, String html, int items) {

	/** Items listed in one email; the rest are counted, and the desk and the workbook list them all. */
	static final int LISTED = 50;

	/** Group colours of the workbook, for the small label of each item. */
	private static final String[][] COLOURS = { { "#FFC7CE", "#9C0006" }, { "#FCD5B4", "#8A4B08" },
			{ "#FFEB9C", "#7A5C00" } };

	private static final String MUTED = "#616e7c";

	/** One item as it is shown: every text in the reader's language. */
	private record Line(String company, String what, @Nullable String owner, String groupName, Group group,
			LocalDate deadline, long daysLeft, boolean filed, String sentence, String materials, String link) {
	}

	static Digest of(List<ReminderItem> items, int total, boolean forManager, LocalDate asOf, Messages messages,
			Catalog catalog, String deskUrl) {
		FindingText text = new FindingText(messages, catalog);
		List<Line> lines = items.stream()
			.sorted(Comparator.comparing((ReminderItem i) -> i.finding().deadline())
				.thenComparing(i -> i.filing().company()))
			.map(item -> line(item, forManager, asOf, messages, catalog, text, deskUrl))
			.toList();
		Line nearest = lines.get(0);
		String subject = messages.get(forManager ? "remind.subject.manager" : "remind.subject", total,
				nearest.deadline());
		String heading = messages.get(forManager ? "remind.heading.manager" : "remind.heading", total);
		String nearestLine = messages.get("remind.nearest", nearest.deadline(), when(nearest, messages));
		String lead = messages.get(forManager ? "remind.lead.manager" : "remind.lead", asOf);
		StringBuilder plain = new StringBuilder(heading).append(" · ").append(nearestLine).append('\n')
			.append(lead).append("\n\n");
		StringBuilder html = new StringBuilder("""
				<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
				<body style="margin:0;padding:24px 12px;background:#f0f2f5;font-family:-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;color:#1f2933">
				<div style="max-width:640px;margin:0 auto;background:#fff;border:1px solid #e4e7eb;border-radius:10px;overflow:hidden">
				<div style="background:#1f5fa8;color:#fff;padding:18px 24px">
				""");
		html.append("<div style=\"font-size:22px;font-weight:700\">").append(esc(heading)).append("</div>")
			.append("<div style=\"font-size:15px;margin-top:4px\">").append(esc(nearestLine)).append("</div></div>")
			.append("<div style=\"padding:4px 24px 20px\">")
			.append("<p style=\"margin:14px 0 6px;color:").append(MUTED).append(";font-size:13px\">").append(esc(lead))
			.append("</p>");
		int n = 0;
		for (Line line : lines) {
			plain(plain, ++n, line, messages);
			html(html, line, messages);
		}
		if (total > lines.size()) {
			String more = messages.get("remind.more", total - lines.size(), deskUrl);
			plain.append(more).append("\n\n");
			html.append("<p style=\"border-top:1px solid #e4e7eb;padding-top:12px;font-size:14px\">").append(esc(more))
				.append("</p>");
		}
		html.append("<p style=\"font-size:12px;color:#9aa5b1;margin:16px 0 0\">")
			.append(esc(messages.get("remind.footer"))).append("</p></div></div></body></html>");
		plain.append(messages.get("remind.footer")).append('\n');
		return new Digest(subject, plain.toString(), html.toString(), total);
	}

	private static Line line(ReminderItem item, boolean forManager, LocalDate asOf, Messages messages,
			Catalog catalog, FindingText text, String deskUrl) {
		var filing = item.filing();
		var type = catalog.byCode(filing.typeCode());
		String what = type.map(t -> t.name(messages.chinese())).orElse(filing.typeCode())
				+ (filing.filingNo() == null ? "" : " · " + filing.filingNo());
		// the materials of this item's obligation only: a renewal's, not also those of the filing's annual report
		String materials = type
			.map(t -> String.join(messages.get("detail.separator"),
					t.materials(item.finding().code().obligation()).in(messages.chinese())))
			.orElse("");
		String link = deskUrl + "/filings?q=" + URLEncoder.encode(filing.company(), StandardCharsets.UTF_8) + "&id="
				+ URLEncoder.encode(item.identity(), StandardCharsets.UTF_8);
		Group group = item.finding().group();
		return new Line(filing.company(), what, forManager ? filing.owner() : null,
				messages.get("sheet." + group.name()), group, item.finding().deadline(),
				ChronoUnit.DAYS.between(asOf, item.finding().deadline()),
				item.finding().code() == FindingCode.RENEWAL_SUBMITTED, text.sentence(item.finding(), filing),
				materials, link);
	}

	/** How the deadline stands: days left, due today or days overdue; a renewal filed is to be followed up. */
	private static String when(Line line, Messages messages) {
		return line.filed() ? messages.get("remind.filed")
				: line.daysLeft() < 0 ? messages.get("remind.overdue", -line.daysLeft())
				: line.daysLeft() == 0 ? messages.get("remind.today") : messages.get("remind.daysLeft", line.daysLeft());
	}

	private static void plain(StringBuilder plain, int n, Line line, Messages messages) {
		plain.append(n).append(". ").append(line.company()).append(" — ").append(when(line, messages)).append(" (")
			.append(messages.get("remind.deadline")).append(' ').append(line.deadline()).append(") [")
			.append(line.groupName()).append("]\n   ").append(line.what());
		if (line.owner() != null) {
			plain.append(" · ").append(messages.get("remind.owner")).append(line.owner());
		}
		plain.append("\n   ").append(messages.get("remind.todo")).append(line.sentence()).append('\n');
		if (!line.materials().isEmpty()) {
			plain.append("   ").append(messages.get("remind.materials")).append(line.materials()).append('\n');
		}
		plain.append("   ").append(line.link()).append("\n\n");
	}

	private static void html(StringBuilder html, Line line, Messages messages) {
		String[] group = COLOURS[Math.min(line.group().ordinal(), COLOURS.length - 1)];
		// the days left are what a reader scans for: big, and red within a week or past the deadline
		String[] urgency = line.daysLeft() <= 7 ? new String[] { "#fde2e1", "#b42318" }
				: line.daysLeft() <= 15 ? new String[] { "#fef0c7", "#b54708" } : new String[] { "#e0eaff", "#1d4ed8" };
		long days = Math.abs(line.daysLeft());
		String unit = line.daysLeft() == 0 ? messages.get("remind.today")
				: messages.get(line.daysLeft() < 0 ? days == 1 ? "remind.unit.dayOverdue" : "remind.unit.overdue"
						: days == 1 ? "remind.unit.dayLeft" : "remind.unit.left");
		html.append("<table role=\"presentation\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" ")
			.append("style=\"border-top:1px solid #e4e7eb;border-collapse:collapse\"><tr>")
			.append("<td width=\"84\" valign=\"top\" style=\"padding:16px 0\">")
			.append("<div style=\"width:76px;text-align:center;border-radius:8px;padding:8px 0;background:")
			.append(urgency[0]).append(";color:").append(urgency[1]).append("\">")
			.append("<div style=\"font-size:26px;font-weight:700;line-height:1.1\">").append(days)
			.append("</div><div style=\"font-size:12px;font-weight:600\">").append(esc(unit)).append("</div></div></td>")
			.append("<td valign=\"top\" style=\"padding:16px 0 16px 12px\">")
			.append("<div style=\"font-size:16px;font-weight:600\">").append(esc(line.company())).append("</div>")
			.append("<div style=\"font-size:13px;color:#3e4c59;margin-top:2px\">").append(esc(line.what()))
			.append("</div><div style=\"font-size:13px;margin-top:6px\"><span style=\"background:").append(group[0])
			.append(";color:").append(group[1]).append(";border-radius:9px;padding:1px 8px;font-weight:600\">")
			.append(esc(line.groupName())).append("</span> <strong>").append(esc(messages.get("remind.deadline")))
			.append(' ').append(line.deadline()).append("</strong>");
		if (line.filed()) {
			html.append(" · ").append(esc(messages.get("remind.filed")));
		}
		if (line.owner() != null) {
			html.append(" · <strong>").append(esc(messages.get("remind.owner") + line.owner())).append("</strong>");
		}
		html.append("</div><div style=\"font-size:14px;margin-top:8px\"><strong>").append(esc(messages.get("remind.todo")))
			.append("</strong>").append(esc(line.sentence())).append("</div>");
		if (!line.materials().isEmpty()) {
			html.append("<div style=\"font-size:13px;color:").append(MUTED).append(";margin-top:4px\"><strong>")
				.append(esc(messages.get("remind.materials"))).append("</strong>").append(esc(line.materials()))
				.append("</div>");
		}
		html.append("<div style=\"margin-top:8px\"><a href=\"").append(esc(line.link()))
			.append("\" style=\"color:#1f5fa8;font-size:13px;font-weight:600;text-decoration:none;")
			.append("border:1px solid #1f5fa8;border-radius:6px;padding:4px 12px;display:inline-block\">")
			.append(esc(messages.get("remind.open"))).append("</a></div></td></tr></table>");
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
