package com.filingaudit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.filingaudit.ingest.ColumnNames;
import com.filingaudit.ingest.Field;

/**
 * The column names of the portals' exports (issue 10) as the shipped catalog reads them, loaded as the product loads
 * it: every name added to the catalog can shadow another through the longest-name rule, so the whole list is checked
 * against the whole catalog.
 */
class ShippedColumnNamesTest {

	private static final ColumnNames SHIPPED = CatalogLoader.load(null).columnNames();

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			行政相对人名称     | COMPANY
			经营者名称        | COMPANY
			市场主体名称      | COMPANY
			企业（机构）名称   | COMPANY
			被许可人          | COMPANY
			许可证书名称      | FILING_TYPE
			许可证名称        | FILING_TYPE
			证照名称          | FILING_TYPE
			许可类别          | FILING_TYPE
			许可编号          | FILING_NO
			许可证号          | FILING_NO
			证书号            | FILING_NO
			许可证书编号      | FILING_NO
			许可决定日期      | ISSUE_DATE
			发证日期          | ISSUE_DATE
			有效期自          | VALID_FROM
			有效期起          | VALID_FROM
			有效期开始        | VALID_FROM
			有效期至          | EXPIRY_DATE
			有效期止          | EXPIRY_DATE
			有效期结束        | EXPIRY_DATE
			有效截止日期      | EXPIRY_DATE
			证书有效期止      | EXPIRY_DATE
			当前状态          | STATUS
			许可状态          | STATUS
			证照状态          | STATUS
			许可机关          | AUTHORITY
			发证机关          | AUTHORITY
			审批机关          | AUTHORITY
			许可内容          | BUSINESS
			业务种类          | BUSINESS
			经营范围（许可项目） | BUSINESS
			有效期            | VALIDITY
			证照有效期        | VALIDITY
			有效期起止        | VALIDITY
			有效期起止日期     | VALIDITY
			有效期自至        | VALIDITY
			有效期起至        | VALIDITY
			证书有效期起止     | VALIDITY
			""")
	void thePortalsColumnNamesAndTheValidityRangeFormsNameTheirFields(String header, Field field) {
		assertThat(SHIPPED.fieldOf(header)).isEqualTo(Optional.of(field));
	}

}
