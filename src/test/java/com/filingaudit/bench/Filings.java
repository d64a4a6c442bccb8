package com.filingaudit.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import com.filingaudit.rules.CreditCodes;

/**
 * Draws the registry's filings, one after another, from the seed. About 80 % are OK as of the registry's day; the
 * rest are lapsed (expired or cancelled), risky (renewal overdue or suspended) or expiring (renewal due or filed), each
 * made to raise exactly that finding: valid credit codes, numbers in their type's format and unique, expiry dates that
 * fit the statutory term, annual reports filed. A company holds one to three filings, in consecutive rows.
 */
final class Filings {

	/** What a filing is made to be as of the registry's day, and how often (percent). */
	private enum Outcome {
		OK(80), EXPIRED(5), CANCELLED(2), RENEWAL_OVERDUE(4), SUSPENDED(2), RENEWAL_DUE(4), RENEWAL_SUBMITTED(3);

		final int percent;

		Outcome(int percent) {
			this.percent = percent;
		}

		/** The outcomes that come from the expiry date: only types with a statutory term can have them. */
		boolean needsTerm() {
			return this == EXPIRED || this == RENEWAL_OVERDUE || this == RENEWAL_DUE || this == RENEWAL_SUBMITTED;
		}
	}

	/**
	 * As in the built-in catalog: the statutory term in years (0: none), the renewal lead and the reminder horizon in
	 * calendar days.
	 */
	private record Term(int years, int lead, int horizon) {

		static final Term NONE = new Term(0, 0, 0);

		boolean none() {
			return years == 0;
		}

	}

	/** The types drawn, as the register writes them, with their share (percent) and their term. */
	private enum Type {
		ICP_LICENSE("ICP许可证", 25, new Term(5, 90, 105)), EDI_LICENSE("EDI许可证", 15, new Term(5, 90, 105)),
		NET_CULTURE_LICENSE("网络文化经营许可证", 15, new Term(3, 30, 45)),
		PERFORMANCE_LICENSE("营业性演出许可证", 10, new Term(2, 30, 45)), ICP_FILING("ICP备案", 25, Term.NONE),
		ALGORITHM_FILING("算法备案", 10, Term.NONE);

		final String written;

		final int percent;

		final Term term;

		Type(String written, int percent, Term term) {
			this.written = written;
			this.percent = percent;
			this.term = term;
		}

		/** ICP and EDI licences owe an annual report (MIIT's, by 31 March). */
		boolean annualReport() {
			return this == ICP_LICENSE || this == EDI_LICENSE;
		}
	}

	private record Region(String abbreviation, String name, String division) {
	}

	private static final List<Region> REGIONS = List.of(new Region("京", "北京", "110108"),
			new Region("沪", "上海", "310115"), new Region("粤", "广东", "440305"), new Region("浙", "浙江", "330106"),
			new Region("苏", "江苏", "320106"), new Region("川", "四川", "510107"), new Region("鄂", "湖北", "420106"),
			new Region("津", "天津", "120116"));

	private static final List<String> OWNERS = List.of("王蕾", "陈昊", "李娜", "张伟", "刘洋", "赵敏", "孙磊", "周婷", "吴静",
			"郑凯", "黄丽", "何军");

	private static final String NAME_CHARACTERS = "星河蓝鲸青禾智选众力声海深言问知博古康宁书香云帆极光远航华信东方晨天元恒通瑞丰嘉锦程盛达宏图卓越明德启";

	private static final List<String> TRADES = List.of("科技", "网络科技", "信息技术", "文化传媒", "数据服务", "电子商务",
			"数字科技", "软件", "演艺", "互联网服务");

	/** GB 32100's characters: digits and capitals but I, O, S, V and Z. */
	private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private record Company(String name, String creditCode, Region region, String owner) {
	}

	private final SplittableRandom random;

	private final LocalDate asOf;

	private final List<String> owners;

	private long made;

	private @Nullable Company company;

	private int filingsLeft;

	Filings(Registry registry) {
		this.random = new SplittableRandom(registry.seed());
		this.asOf = registry.asOf();
		this.owners = owners(registry.owners());
	}

	private static List<String> owners(int count) {
		return IntStream.range(0, count)
			.mapToObj(i -> i < OWNERS.size() ? OWNERS.get(i) : "负责人" + (i + 1))
			.toList();
	}

	RegistryRow next() {
		if (filingsLeft == 0) {
			company = company();
			filingsLeft = 1 + random.nextInt(3);
		}
		filingsLeft--;
		Outcome outcome = outcome();
		Type type = type(outcome.needsTerm());
		return row(company, outcome, type, made++);
	}

	private RegistryRow row(Company company, Outcome outcome, Type type, long n) {
		Term term = type.term;
		LocalDate expires = term.none() ? null : asOf.plusDays(daysLeft(outcome, term));
		LocalDate issued = expires == null ? asOf.minusDays(30 + random.nextInt(3000))
				: expires.plusDays(1).minusYears(term.years());
		LocalDate renewalFiled = outcome == Outcome.RENEWAL_SUBMITTED ? renewalFiled(expires, term) : null;
		String status = switch (outcome) {
			case CANCELLED -> "已注销";
			case SUSPENDED -> "暂停";
			default -> random.nextInt(10) < 7 ? "正常" : "";
		};
		return new RegistryRow(company.name(), company.creditCode(), type.written,
				number(type, company.region(), issued, n), issued, expires, renewalFiled,
				type.annualReport() ? annualReport(issued) : null, status, company.region().name(), company.owner());
	}

	/**
	 * Days from the registry's day to expiry: beyond the reminder horizon when the filing is to be OK (or is only
	 * cancelled or suspended), past for an expired one, within the renewal lead for an overdue renewal, between lead
	 * and horizon for one due.
	 */
	private int daysLeft(Outcome outcome, Term term) {
		return switch (outcome) {
			case EXPIRED -> -1 - random.nextInt(400);
			case RENEWAL_OVERDUE -> random.nextInt(term.lead());
			case RENEWAL_DUE -> term.lead() + random.nextInt(term.horizon() - term.lead() + 1);
			case RENEWAL_SUBMITTED -> random.nextInt(term.horizon() + 1);
			default -> term.horizon() + 1 + random.nextInt(term.years() * 365 - term.horizon() - 1);
		};
	}

	/** On or before the renewal deadline (expiry − lead), and not after the registry's day. */
	private LocalDate renewalFiled(LocalDate expires, Term term) {
		LocalDate deadline = expires.minusDays(term.lead());
		return (deadline.isBefore(asOf) ? deadline : asOf).minusDays(random.nextInt(21));
	}

	/**
	 * The last annual report, filed this year (on or after 1 January, before the registry's day), so that neither the
	 * last report due nor the next is owed; none for filings issued this year, which owe none.
	 */
	private @Nullable LocalDate annualReport(LocalDate issued) {
		LocalDate opens = asOf.withDayOfYear(1);
		if (!issued.isBefore(opens)) {
			return null;
		}
		long days = Math.min(90, ChronoUnit.DAYS.between(opens, asOf));
		return opens.plusDays(days == 0 ? 0 : random.nextLong(days));
	}

	/** Numbers in the formats the catalog checks, unique per type: {@code n} is the row's place in the registry. */
	private static String number(Type type, Region region, LocalDate issued, long n) {
		return switch (type) {
			case ICP_LICENSE, EDI_LICENSE -> region.abbreviation() + "B2-" + (20_000_000 + n);
			case NET_CULTURE_LICENSE -> String.format("%s网文〔%d〕%04d-%03d号", region.abbreviation(), issued.getYear(),
					n / 1000 % 10_000, n % 1000);
			case ICP_FILING -> region.abbreviation() + "ICP备" + (10_000_000 + n) + "号";
			case ALGORITHM_FILING -> String.format("网信算备%s%015d号", region.division(), n);
			case PERFORMANCE_LICENSE -> String.format("%s%09d", region.division(), n);
		};
	}

	private Outcome outcome() {
		int draw = random.nextInt(100);
		for (Outcome outcome : Outcome.values()) {
			draw -= outcome.percent;
			if (draw < 0) {
				return outcome;
			}
		}
		throw new IllegalStateException("the outcomes' percentages do not add up to 100");
	}

	private Type type(boolean withTerm) {
		List<Type> types = Arrays.stream(Type.values()).filter(t -> !withTerm || !t.term.none()).toList();
		int draw = random.nextInt(types.stream().mapToInt(t -> t.percent).sum());
		for (Type type : types) {
			draw -= type.percent;
			if (draw < 0) {
				return type;
			}
		}
		throw new IllegalStateException("unreachable: the draw is below the sum of the shares");
	}

	private Company company() {
		Region region = REGIONS.get(random.nextInt(REGIONS.size()));
		String name = region.name() + pick(NAME_CHARACTERS) + pick(NAME_CHARACTERS)
				+ TRADES.get(random.nextInt(TRADES.size())) + "有限公司";
		return new Company(name, creditCode(region), region, owners.get(random.nextInt(owners.size())));
	}

	private String pick(String characters) {
		return String.valueOf(characters.charAt(random.nextInt(characters.length())));
	}

	/**
	 * A company (9) registered with market regulation (1) in the region's division, its organisation code and both
	 * check characters as GB 32100 and GB 11714 compute them: the product's own check names each expected character.
	 */
	private String creditCode(Region region) {
		StringBuilder code = new StringBuilder("91").append(region.division()).append("MA");
		for (int i = 0; i < 6; i++) {
			code.append(pick(CODE_CHARACTERS));
		}
		code.append("00");
		CreditCodes.Check check = CreditCodes.check(code.toString());
		if (check.kind() == CreditCodes.Check.Kind.ORGANISATION_CHECK) {
			code.setCharAt(16, check.detail().charAt(0));
			check = CreditCodes.check(code.toString());
		}
		if (check.kind() == CreditCodes.Check.Kind.CHECK_CHARACTER) {
			code.setCharAt(17, check.detail().charAt(0));
			check = CreditCodes.check(code.toString());
		}
		if (check.kind() != CreditCodes.Check.Kind.VALID) {
			throw new IllegalStateException(code + " is no valid credit code: " + check);
		}
		return code.toString();
	}

}
