package com.filingaudit.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a register's status column or remarks state about a filing, read as a person reads them: a word counts only
 * where the text states it ({@code 已注销}, {@code 2026年5月已撤销}, {@code 该备案已于2025年12月注销}, {@code revoked}),
 * never where it denies it ({@code 未注销}, {@code 无吊销记录}, {@code 非注销状态}, {@code 尚未注销}, {@code 没有被撤销},
 * {@code 不存在撤销情形}, {@code not revoked}, {@code no cancellation}) or only announces it ({@code 即将过期},
 * {@code 拟注销}, {@code 申请注销}, {@code to be revoked}). A bare {@code to} denies nothing: {@code changed to revoked}
 * states a revocation. A question answered in the text states what its answer says: {@code 是否注销：是} a cancellation,
 * {@code 是否注销：否} and {@code revoked: no} none.
 * <p>
 * A denial reaches back over the words that may stand between it and the word ({@code 已}, {@code 被}, {@code 曾},
 * {@code been}, {@code yet}…) and over a list of such words ({@code 无注销、吊销记录}), but not past a clause:
 * {@code 未按期年检，已吊销} states a revocation.
 */
public final class Statements {

	/** The filing is gone: 注销, 撤销, 吊销 and their English words. */
	static final List<String> CANCELLATION = List.of("注销", "撤销", "吊销", "cancelled", "canceled", "cancellation",
			"revoked", "revocation", "deregistered");

	/** In a status column, also: no longer valid, expired. */
	static final List<String> CANCELLED_STATUS = List.of("注销", "撤销", "吊销", "失效", "无效", "过期", "cancelled",
			"canceled", "cancellation", "revoked", "revocation", "deregistered", "expired", "lapsed", "invalid");

	static final List<String> SUSPENSION = List.of("暂停", "中止", "suspended", "suspension");

	/** A status of a filing in force, as registers and the portals (当前状态, 许可状态) write it. */
	static final List<String> IN_FORCE = List.of("正常", "有效", "存续", "在业", "在营", "开业", "续期", "延续", "valid",
			"active", "normal", "in force", "current");

	static final List<String> RENAME = List.of("更名", "改名", "renamed", "name changed");

	/** With the former name (原…) in the same remark: 原主体名称：甲公司，现变更为乙公司. */
	static final List<String> CHANGED_TO = List.of("变更为");

	/** A clause ends here; a denial does not reach past it. Enumeration marks (、) do not end one. */
	private static final Pattern CLAUSE = Pattern.compile("[,，;；。.!！?？:：()（）\\[\\]【】\\n]");

	/** Words before a statement that deny it, or say it has not happened yet. */
	private static final List<String> DENIALS = List.of("未", "无", "非", "没有", "没", "不", "否", "不存在", "将", "拟", "待",
			"申请", "not", "no", "never", "non", "without", "un", "will", "to be", "pending");

	/** Words that may stand between a denial and what it denies. */
	private static final Pattern BETWEEN = Pattern.compile(
			"(?:已经|已|被|曾经|曾|经|过|予以|任何|发生|办理|be|been|being|yet|ever|any|is|was|has|have|had|-|\\s)$");

	/**
	 * A question and its answer, the answer ending the clause: 是否注销：是, 有无吊销记录：无, revoked: no. Group 1 is what
	 * is asked, group 2 a yes.
	 */
	private static final Pattern ANSWERED = Pattern.compile(
			"([^,;.。!?:()\\[\\]【】\\n]*):\\s*(?:(是|有|yes)|否|无|no)\\s*(?=$|[,;.。!?\\n])");

	/** What asks rather than states, in a question: 是否 (whether), 有无 (whether there is). */
	private static final Pattern ASKING = Pattern.compile("是否|有无");

	/** Marks of a list of words that share one denial. */
	private static final Pattern ENUMERATION = Pattern.compile("(?:、|/|和|及|或|与|and|or)$");

	private Statements() {
	}

	/** Whether a status column's value states that the filing is gone (rather than a remark saying so). */
	public static boolean cancelledStatus(@Nullable String status) {
		return states(status, CANCELLED_STATUS);
	}

	/**
	 * Whether a status says the filing is in force: in words ({@code 正常}, {@code 有效}, {@code 存续}), or by denying
	 * that it is gone or suspended ({@code 未注销}, {@code 未暂停}).
	 */
	static boolean inForce(@Nullable String status) {
		return states(status, IN_FORCE) || (mentions(status, CANCELLED_STATUS) && !states(status, CANCELLED_STATUS))
				|| (mentions(status, SUSPENSION) && !states(status, SUSPENSION));
	}

	/** Whether a status word is one the audit reads: in force, gone or suspended. */
	static boolean understood(String status) {
		return inForce(status) || cancelledStatus(status) || states(status, SUSPENSION);
	}

	private static boolean mentions(@Nullable String text, List<String> words) {
		String folded = text == null ? "" : Text.fold(text).toLowerCase(Locale.ROOT);
		return words.stream().anyMatch(folded::contains);
	}

	/** Whether the text states one of the words, in a clause that does not deny it. */
	static boolean states(@Nullable String text, List<String> words) {
		if (text == null || text.isBlank()) {
			return false;
		}
		String answered = ANSWERED.matcher(Text.fold(text).toLowerCase(Locale.ROOT))
			.replaceAll(question -> question.group(2) == null ? ""
					: Matcher.quoteReplacement(ASKING.matcher(question.group(1)).replaceAll("")));
		for (String clause : CLAUSE.split(answered)) {
			for (String word : words) {
				for (int at = clause.indexOf(word); at >= 0; at = clause.indexOf(word, at + 1)) {
					if (!denied(clause.substring(0, at), words)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** Whether what stands before a word, in its clause, denies it. */
	private static boolean denied(String before, List<String> words) {
		String rest = before;
		while (!rest.isEmpty()) {
			for (String denial : DENIALS) {
				if (rest.endsWith(denial) && standsAlone(rest, denial)) {
					return true;
				}
			}
			String shorter = strip(rest, words);
			if (shorter.equals(rest)) {
				return false;
			}
			rest = shorter;
		}
		return false;
	}

	/** One word or mark less at the end: one that may stand between a denial and what it denies. */
	private static String strip(String text, List<String> words) {
		Matcher between = BETWEEN.matcher(text);
		if (between.find()) {
			return text.substring(0, between.start());
		}
		Matcher enumeration = ENUMERATION.matcher(text);
		if (enumeration.find()) {
			return text.substring(0, enumeration.start());
		}
		for (String word : words) {
			if (text.endsWith(word)) {
				return text.substring(0, text.length() - word.length());
			}
		}
		return text;
	}

	/** An English denial is a word of its own ({@code no}, not the end of {@code piano}); Chinese has no spaces. */
	private static boolean standsAlone(String text, String denial) {
		if (!Character.isLetter(denial.charAt(0)) || denial.charAt(0) > 'z') {
			return true;
		}
		int before = text.length() - denial.length() - 1;
		return before < 0 || !Character.isLetter(text.charAt(before)) || text.charAt(before) > 'z';
	}

}
