package com.filingaudit.remind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import com.filingaudit.report.FindingText;
import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.FindingCode;
import com.filingaudit.rules.Group;
import com.filingaudit.system.Messages;

/**
 * One email: the items of one person (or of a manager's people), the nearest deadline first, each with what to do and
 * a link to the filing on the desk. HTML with a plain-text alternative, in the reader's language.
 */
record Digest(String subject, String text, String html, int items) {

	/** Items listed in one email; the rest are counted, and the desk and the workbook list them all. */
	static final int LISTED = 50;

	/** Group colours of the workbook, for the small label before each item. */
	private static final String[][] COLOURS = { { "#FFC7CE", "#9C0006" }, { "#FCD5B4", "#8A4B08" },
			{ "#FFEB9C", "#7A5C00" } };

	static Digest of(List<ReminderItem> items, int total, boolean forManager, LocalDate asOf, Messages messages,
			Catalog catalog, String deskUrl) {
		List<ReminderItem> sorted = items.stream()
			.sorted(Comparator.comparing((ReminderItem i) -> i.finding().deadline())
				.thenComparing(i -> i.filing().company()))
			.toList();
		FindingText text = new FindingText(messages, catalog);
		LocalDate nearest = sorted.get(0).finding().deadline();
		String subject = messages.get(forManager ? "remind.subject.manager" : "remind.subject", total, nearest);
		StringBuilder plain = new StringBuilder(messages.get(forManager ? "remind.lead.manager" : "remind.lead", asOf))
			.append("\n\n");
		StringBuilder html = new StringBuilder("""
				<!DOCTYPE html><html><head><meta charset="utf-8"></head>
				<body style="margin:0;padding:24px;background:#f5f7fa;font-family:-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;color:#1f2933">
				<div style="max-width:680px;margin:0 auto;background:#fff;border:1px solid #e4e7eb;border-radius:10px;padding:24px">
				""");
		html.append("<h1 style=\"font-size:18px;margin:0 0 6px\">").append(esc(subject)).append("</h1>")
			.append("<p style=\"margin:0 0 18px;color:#616e7c;font-size:13px\">")
			.append(esc(messages.get(forManager ? "remind.lead.manager" : "remind.lead", asOf)))
			.append("</p>");
		int n = 0;
		for (ReminderItem item : sorted) {
			n++;
			var filing = item.filing();
			String type = catalog.byCode(filing.typeCode()).map(t -> t.name(messages.chinese())).orElse(filing.typeCode());
			long daysLeft = ChronoUnit.DAYS.between(asOf, item.finding().deadline());
			Group group = item.finding().group();
			String groupName = messages.get("sheet." + group.name());
			String when = item.finding().code() == FindingCode.RENEWAL_SUBMITTED ? messages.get("remind.filed")
					: daysLeft < 0 ? messages.get("remind.overdue", -daysLeft)
					: daysLeft == 0 ? messages.get("remind.today") : messages.get("remind.daysLeft", daysLeft);
			String sentence = text.sentence(item.finding(), filing);
			String materials = text.action(filing);
			String link = deskUrl + "/filings?q=" + URLEncoder.encode(filing.company(), StandardCharsets.UTF_8)
					+ "&id=" + URLEncoder.encode(item.identity(), StandardCharsets.UTF_8);
			plain.append(n).append(". [").append(groupName).append("] ").append(filing.company()).append(" · ")
				.append(type).append(filing.filingNo() == null ? "" : " · " + filing.filingNo()).append('\n')
				.append("   ").append(messages.get("remind.deadline")).append(": ").append(item.finding().deadline())
				.append(" (").append(when).append(")\n")
				.append("   ").append(sentence).append('\n');
			if (!materials.isEmpty()) {
				plain.append("   ").append(messages.get("remind.materials"))
					.append(materials.replace("\n", "; ")).append('\n');
			}
			if (forManager && filing.owner() != null) {
				plain.append("   ").append(messages.get("remind.owner")).append(filing.owner()).append('\n');
			}
			plain.append("   ").append(link).append("\n\n");
			String[] colour = COLOURS[Math.min(group.ordinal(), COLOURS.length - 1)];
			html.append("<div style=\"border-top:1px solid #e4e7eb;padding:14px 0\">")
				.append("<div style=\"font-size:12px;margin-bottom:4px\"><span style=\"background:").append(colour[0])
				.append(";color:").append(colour[1])
				.append(";border-radius:9px;padding:1px 8px;font-weight:600\">").append(esc(groupName))
				.append("</span> <strong style=\"font-size:13px\">").append(esc(when)).append("</strong>")
				.append(" <span style=\"color:#616e7c\">· ").append(esc(messages.get("remind.deadline"))).append(' ')
				.append(item.finding().deadline()).append("</span></div>")
				.append("<div style=\"font-size:15px;font-weight:600\"><a style=\"color:#1f5fa8;text-decoration:none\" href=\"")
				.append(esc(link)).append("\">").append(esc(filing.company())).append("</a></div>")
				.append("<div style=\"font-size:13px;color:#3e4c59\">").append(esc(type))
				.append(filing.filingNo() == null ? "" : " · " + esc(filing.filingNo()))
				.append(forManager && filing.owner() != null
						? " · " + esc(messages.get("remind.owner")) + esc(filing.owner()) : "")
				.append("</div>")
				.append("<div style=\"font-size:14px;margin-top:6px\">").append(esc(sentence)).append("</div>");
			if (!materials.isEmpty()) {
				html.append("<div style=\"font-size:13px;color:#616e7c;margin-top:4px\">")
					.append(esc(messages.get("remind.materials")))
					.append(esc(materials.replace("\n", "; "))).append("</div>");
			}
			html.append("</div>");
		}
		if (total > sorted.size()) {
			String more = messages.get("remind.more", total - sorted.size(), deskUrl);
			plain.append(more).append("\n\n");
			html.append("<p style=\"border-top:1px solid #e4e7eb;padding-top:12px;font-size:14px\">").append(esc(more))
				.append("</p>");
		}
		html.append("<p style=\"font-size:12px;color:#9aa5b1;margin:16px 0 0\">")
			.append(esc(messages.get("remind.footer"))).append("</p></div></body></html>");
		plain.append(messages.get("remind.footer")).append('\n');
		return new Digest(subject, plain.toString(), html.toString(), total);
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
