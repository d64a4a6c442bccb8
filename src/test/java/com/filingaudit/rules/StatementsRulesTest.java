package com.filingaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Remarks and statuses mean what they say: a cancellation, suspension or rename counts where the register states it,
 * never where it denies it. Remarks as the CAC's lists and analysts' registers write them, on a valid filing.
 */
class StatementsRulesTest {

	private static final FilingType ALGORITHM = new FilingType("ALGORITHM_FILING", "算法备案", "Algorithm filing",
			List.of(), null, Term.days(30), Term.days(45), null, List.of());

	private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

	private final Rules rules = new Rules(Calendars.china());

	@ParameterizedTest(name = "remark {0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# remark                                           | findings
			已注销                                             | STATUS_CANCELLED
			注销                                               | STATUS_CANCELLED
			已撤销                                             | STATUS_CANCELLED
			被吊销                                             | STATUS_CANCELLED
			2026年5月已撤销                                    | STATUS_CANCELLED
			该备案已于2025年12月注销                           | STATUS_CANCELLED
			主体已注销，备案失效                               | STATUS_CANCELLED
			未按期年检，已吊销                                 | STATUS_CANCELLED
			2025-03-01 主动申请后已注销                        | STATUS_CANCELLED
			Revoked on 2026-05-01                              | STATUS_CANCELLED
			Filing cancelled by the CAC                        | STATUS_CANCELLED
			未注销                                             | -
			无吊销记录                                         | -
			非注销状态                                         | -
			尚未注销                                           | -
			没有被撤销                                         | -
			不存在撤销情形                                     | -
			从未被吊销                                         | -
			无注销、吊销记录                                   | -
			未办理注销                                         | -
			已申请注销，待审核                                 | -
			拟注销                                             | -
			2025年3月变更名称，未注销                          | ENTITY_RENAMED
			Not cancelled                                      | -
			no revocation on record                            | -
			has never been revoked                             | -
			non-cancelled                                      | -
			Status changed to revoked                          | STATUS_CANCELLED
			Moved to cancelled list                            | STATUS_CANCELLED
			Licence no. 12 revoked                             | STATUS_CANCELLED
			not yet revoked                                    | -
			without any revocation                             | -
			uncancelled                                        | -
			to be revoked                                      | -
			will be cancelled next month                       | -
			pending cancellation                               | -
			是否注销：是                                       | STATUS_CANCELLED
			是否注销：否                                       | -
			备注：是否被吊销：是                               | STATUS_CANCELLED
			有无吊销记录：无                                   | -
			有无吊销记录：有                                   | STATUS_CANCELLED
			注销原因：无                                       | -
			注销日期：2025-03-01                               | STATUS_CANCELLED
			Revoked: no                                        | -
			Revoked: yes                                       | STATUS_CANCELLED
			原主体名称：北京某某科技有限公司，现变更为北京某某智能科技有限公司 | ENTITY_RENAMED
			2024年更名为上海某某网络科技有限公司               | ENTITY_RENAMED
			未更名                                             | -
			无更名记录                                         | -
			主体已更名，原备案已注销                           | STATUS_CANCELLED,ENTITY_RENAMED
			""")
	void aRemarkCountsOnlyWhenItStatesWhatHappened(String remark, String findings) {
		assertThat(codes(filing(null, remark))).containsExactlyInAnyOrderElementsOf(expected(findings));
	}

	@ParameterizedTest(name = "status {0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# status           | findings
			已注销             | STATUS_CANCELLED
			Cancelled          | STATUS_CANCELLED
			revoked            | STATUS_CANCELLED
			已过期             | STATUS_CANCELLED
			失效               | STATUS_CANCELLED
			无效               | STATUS_CANCELLED
			注销（2025-05-01） | STATUS_CANCELLED
			暂停               | STATUS_SUSPENDED
			已暂停服务         | STATUS_SUSPENDED
			Suspended          | STATUS_SUSPENDED
			正常               | -
			有效               | -
			存续               | -
			未注销             | -
			正常（未吊销）     | -
			即将过期           | -
			存续（在营、开业、在册） | -
			1                  | STATUS_UNKNOWN
			异议               | STATUS_UNKNOWN
			待核实             | STATUS_UNKNOWN
			Not cancelled      | -
			未暂停             | -
			changed to cancelled | STATUS_CANCELLED
			to be revoked      | -
			是否注销：是       | STATUS_CANCELLED
			是否注销：否       | -
			""")
	void aStatusCountsOnlyWhenItStatesWhatHappened(String status, String findings) {
		assertThat(codes(filing(status, null))).containsExactlyInAnyOrderElementsOf(expected(findings));
	}

	private List<FindingCode> codes(Filing filing) {
		return rules.assess(filing, AS_OF).findings().stream().map(Finding::code).toList();
	}

	private static List<FindingCode> expected(String findings) {
		return findings == null ? List.of() : Arrays.stream(findings.split(",")).map(FindingCode::valueOf).toList();
	}

	private static Filing filing(String status, String remarks) {
		return new Filing("北京某某科技有限公司", null, ALGORITHM, null, null, LocalDate.of(2030, 1, 1), false, null, null,
				status, null, null, false, null, null, null, null, remarks, null, false, null, false);
	}

}
