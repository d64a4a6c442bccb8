package com.filingaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.filingaudit.system.Messages;

class HeaderMatcherTest {

	private static final Messages MESSAGES = Messages.of("en");

	private static final ColumnNames NAMES = new ColumnNames(Map.of(Field.COMPANY, List.of("企业名称", "Company"),
			Field.FILING_TYPE, List.of("许可类型", "证照类型", "Filing Type"), Field.FILING_NO,
			List.of("证书编号", "Filing No."), Field.EXPIRY_DATE, List.of("有效期至", "Expiry Date"), Field.VALIDITY,
			List.of("有效期", "Validity"), Field.STATUS, List.of("状态"), Field.REGION, List.of("地区"),
			Field.ISSUE_DATE, List.of("发证日期")));

	private final HeaderMatcher matcher = new HeaderMatcher(NAMES, Map.of(), MESSAGES);

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			企业名称              | COMPANY
			企业名称（全称）        | COMPANY
			 企业 名称 (必填)       | COMPANY
			ＣＯＭＰＡＮＹ          | COMPANY
			company name【主体】   | COMPANY
			filing  no            | FILING_NO
			证书有效期至           | EXPIRY_DATE
			证照有效期             | VALIDITY
			有效期限               | VALIDITY
			登记状态               | STATUS
			序号                  | -
			""")
	void matchesHeaderNamesLikeAnAnalystWouldRead(String header, Field field) {
		assertThat(NAMES.fieldOf(header)).isEqualTo(java.util.Optional.ofNullable(field));
	}

	@Test
	void headerFittingTwoFieldsEquallyIsReportedNotGuessed() {
		Header header = matcher.header(row(1, "企业名称", "证照类型", "证书编号", "地区状态"));

		assertThat(header.has(Field.STATUS)).isFalse();
		assertThat(header.has(Field.REGION)).isFalse();
		assertThat(header.remarks()).anySatisfy(r -> assertThat(r).contains("地区状态").contains("is not used"));
	}

	@Test
	void twoColumnsClaimingOneFieldAreReportedAndTheExactNameIsUsed() {
		Header header = matcher.header(row(1, "企业名称", "原证照有效期至", "许可类型", "有效期至", "证书编号"));

		assertThat(header.column(Field.EXPIRY_DATE)).hasValue(3);
		assertThat(header.remarks()).anySatisfy(r -> assertThat(r).contains("原证照有效期至").contains("有效期至"));
	}

	@Test
	void ofTwoExactNamesForOneFieldTheOneEarlierInTheCatalogWinsWhereverItStands() {
		Header header = matcher.header(row(1, "企业名称", "Filing Type", "证书编号", "许可类型"));

		assertThat(header.column(Field.FILING_TYPE)).hasValue(3);
		assertThat(header.remarks()).anySatisfy(r -> assertThat(r).contains("“许可类型” is used"));
	}

	@Test
	void anAnalystsNameWinsOverTheCatalogs() {
		HeaderMatcher overridden = new HeaderMatcher(NAMES, Map.of(Field.FILING_TYPE, "Filing Type"), MESSAGES);

		Header header = overridden.header(row(1, "企业名称", "许可类型", "证书编号", "Filing Type"));

		assertThat(header.column(Field.FILING_TYPE)).hasValue(3);
	}

	@Test
	void unknownColumnsAreListed() {
		Header header = matcher.header(row(1, "序号", "企业名称", "许可类型", "证书编号", "备注"));

		assertThat(header.remarks()).anySatisfy(r -> assertThat(r).contains("序号").contains("备注"));
	}

	@Test
	void analystsOverrideWinsForOddNames() {
		HeaderMatcher overridden = new HeaderMatcher(NAMES, Map.of(Field.EXPIRY_DATE, "证件截止(年月日)"), MESSAGES);

		Header header = overridden.header(row(1, "企业名称", "许可类型", "证件截止（年月日）"));

		assertThat(header.column(Field.EXPIRY_DATE)).hasValue(2);
	}

	@Test
	void findsTheHeaderBelowTitleRows() {
		List<RawSheet.RawRow> rows = List.of(row(1, "XX咨询公司 客户证照台账"), row(2, "导出时间：2026-11-20 18:00"), row(3),
				row(4, "企业名称", "许可类型", "证书编号", "有效期至"), row(5, "A公司", "ICP证", "京B2-1", "2027-01-01"));

		assertThat(matcher.find(rows)).map(Header::row).hasValue(4);
	}

	@Test
	void proseMentioningCompanyAndTypeIsNotAHeader() {
		List<RawSheet.RawRow> rows = List.of(row(1, "企业名称", "许可类型"), row(2, "A公司", "ICP证"));

		assertThat(matcher.find(rows)).isEmpty();
		assertThat(matcher.whyNoHeader(rows)).contains("a date or number column");
	}

	@Test
	void sheetWithoutHeaderSaysWhatIsMissing() {
		List<RawSheet.RawRow> rows = List.of(row(1, "名称", "许可类型", "证书编号"));

		assertThat(matcher.find(rows)).isEmpty();
		assertThat(matcher.whyNoHeader(rows)).contains("企业名称").doesNotContain("许可类型");
	}

	private static RawSheet.RawRow row(int number, String... cells) {
		return new RawSheet.RawRow(number, Arrays.stream(cells).map(Value::text).toList());
	}

}
