package com.filingaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.FilingType;
import com.filingaudit.rules.Term;
import com.filingaudit.system.Messages;

class RowParserTest {

	private static final Catalog CATALOG = new Catalog("test", List.of(new FilingType("ICP_LICENSE",
			"增值电信业务经营许可证（ICP）", "ICP License", List.of("ICP证"), Term.years(5), Term.days(90), Term.days(105), null,
			List.of())));

	private static final Header HEADER = RowSourcesTest.OPTIONS.headers()
		.header(new RawSheet.RawRow(1, List.of("企业名称", "许可类型", "证书编号", "发证日期", "有效期至").stream().map(Value::text).toList()));

	private final RowParser parser = new RowParser(CATALOG, Messages.of("en"));

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2026-11-22             | 2026-11-22
			2026/11/22             | 2026-11-22
			2026/1/5               | 2026-01-05
			2026年1月5日            | 2026-01-05
			2026.01.05             | 2026-01-05
			2027.3.1               | 2027-03-01
			2027-3-1               | 2027-03-01
			20260105               | 2026-01-05
			2027-03-01 00:00:00    | 2027-03-01
			２０２６－１１－２２       | 2026-11-22
			' 2026-11-22 '         | 2026-11-22
			""")
	void readsTheDateFormatsAnalystsType(String written, LocalDate expected) {
		RowParser.Result result = parser.parse(row("星河云智科技有限公司", "ICP证", "京B2-1", "", written));

		assertThat(result.problems()).isEmpty();
		assertThat(result.filing().expiryDate()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			2027-02-30  | No such day
			2026-13-01  | No such day
			next year   | Not a date
			03/04/2027  | Day and month could be either way round
			27-03-01    | A two-digit year
			12345       | A five-digit number is read as an Excel date only from 32874 (1990-01-01)
			""")
	void refusesDatesItCannotReadWithTheReason(String written, String reason) {
		RowParser.Result result = parser.parse(row("星河云智科技有限公司", "ICP证", "京B2-1", written, ""));

		assertThat(result.filing()).isNull();
		assertThat(result.problems()).singleElement().satisfies(p -> {
			assertThat(p.column()).isEqualTo("发证日期");
			assertThat(p.value()).isEqualTo(written);
			assertThat(p.reason()).startsWith(reason);
		});
		assertThat(result.filingNo()).isEqualTo("京B2-1");
	}

	@Test
	void aFiveDigitNumberOutsideADateColumnStaysWhatItIs() {
		RowParser.Result result = parser.parse(row("星河云智科技有限公司", "ICP证", "46447", "46447", ""));

		assertThat(result.problems()).isEmpty();
		assertThat(result.filing().filingNo()).isEqualTo("46447");
		assertThat(result.filing().issueDate()).isEqualTo(LocalDate.of(2027, 3, 1));
	}

	@ParameterizedTest
	@CsvSource({ "长期", "长期有效", "永久" })
	void longTermMeansNoExpiry(String written) {
		RowParser.Result result = parser.parse(row("书香文化发展有限公司", "ICP证", "", "", written));

		assertThat(result.filing().noExpiry()).isTrue();
		assertThat(result.filing().expiryDate()).isNull();
	}

	@Test
	void rejectsRowWithoutCompanyOrTypeOrWithUnknownType() {
		assertThat(parser.parse(row("", "ICP证", "", "", "")).problems()).singleElement()
			.satisfies(p -> assertThat(p.column()).isEqualTo("企业名称"));
		assertThat(parser.parse(row("A公司", " ", "", "", "")).problems()).singleElement()
			.satisfies(p -> assertThat(p.column()).isEqualTo("许可类型"));
		assertThat(parser.parse(row("A公司", "食品经营许可证", "", "", "")).problems()).singleElement()
			.satisfies(p -> assertThat(p.reason()).contains("食品经营许可证"));
	}

	@Test
	void keepsCompanyNamesAsWrittenButFoldsCodes() {
		RowParser.Result result = parser.parse(row("\u200B蓝鲸（上海）文娱传媒有限公司\u00A0", "ＩＣＰ证", "京Ｂ２－２０２１０００１", "", ""));

		assertThat(result.filing().company()).isEqualTo("蓝鲸（上海）文娱传媒有限公司");
		assertThat(result.filing().filingNo()).isEqualTo("京B2-20210001");
		assertThat(result.filing().type().code()).isEqualTo("ICP_LICENSE");
	}

	@Test
	void rejectsValuesTooLongToBeReal() {
		RowParser.Result result = parser.parse(row("公".repeat(RowParser.MAX_TEXT + 1), "ICP证", "", "", ""));

		assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("501"));
	}

	private static SourceRow.Row row(String... values) {
		List<Value> cells = new ArrayList<>();
		for (String value : values) {
			cells.add(Value.text(value));
		}
		return new SourceRow.Row(new Location("t.csv", "", 2), HEADER, cells, 1);
	}

}
