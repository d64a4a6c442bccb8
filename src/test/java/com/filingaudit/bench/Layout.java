package com.filingaudit.bench;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.filingaudit.ingest.Field;

/**
 * How a generated register names its columns and writes dates in text: the two ways the demo registers in
 * {@code input/} do. The columns are always {@link #FIELDS}, in that order.
 */
enum Layout {

	/** As the demo CSV names its columns, dates ISO. */
	A(List.of("企业名称", "统一社会信用代码", "许可类型", "证书编号", "发证日期", "有效期至", "续期申请日期", "最近年报日期", "状态",
			"所属地区", "负责人"), DateTimeFormatter.ISO_LOCAL_DATE),

	/** As the demo workbook names them, dates as Chinese Excel shows them. */
	B(List.of("公司名称", "信用代码", "证照类型", "许可证编号", "颁发日期", "到期日期", "延续申请日期", "年报提交日期", "证照状态", "属地",
			"客户经理"), DateTimeFormatter.ofPattern("yyyy/M/d"));

	static final List<Field> FIELDS = List.of(Field.COMPANY, Field.CREDIT_CODE, Field.FILING_TYPE, Field.FILING_NO,
			Field.ISSUE_DATE, Field.EXPIRY_DATE, Field.RENEWAL_SUBMITTED, Field.LAST_ANNUAL_REPORT, Field.STATUS,
			Field.REGION, Field.OWNER);

	final List<String> headers;

	final DateTimeFormatter dates;

	Layout(List<String> headers, DateTimeFormatter dates) {
		this.headers = headers;
		this.dates = dates;
	}

}
