package com.filingaudit.job;

import static com.filingaudit.job.FilingAuditJobTest.date;
import static com.filingaudit.job.FilingAuditJobTest.open;
import static com.filingaudit.job.FilingAuditJobTest.table;
import static com.filingaudit.job.FilingAuditJobTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authorities' own records, as analysts download them: a 双公示 administrative-licensing disclosure (XLSX, a
 * merged title row) and a provincial open-data licence list (GBK CSV), read with no column settings. A
 * 增值电信业务经营许可证 is an ICP or an EDI licence by the business it licenses.
 */
class PortalExportsJobTest {

	private static final String[] DISCLOSURE_HEADER = { "行政相对人名称", "行政相对人类别", "统一社会信用代码", "法定代表人",
			"行政许可决定文书号", "许可类别", "许可证书名称", "许可编号", "许可内容", "许可决定日期", "有效期自", "有效期至", "许可机关", "当前状态",
			"数据来源单位" };

	@TempDir
	Path root;

	@Test
	void disclosuresAndOpenDataListsAreAuditedWithIcpAndEdiToldApartByBusiness() throws IOException {
		AuditRun run = new AuditRun(root);
		writeDisclosure(run.input.resolve("行政许可公示_导出.xlsx"),
				row("甲信息科技有限公司", "增值电信业务经营许可证", "京B2-20210416", "第二类增值电信业务中的信息服务业务（仅限互联网信息服务）",
						"2021-04-01", "2021-04-16", "2026-04-15", "北京市通信管理局", "1"),
				row("乙数据科技有限公司", "增值电信业务经营许可证", "京B2-20210221", "第一类增值电信业务中的在线数据处理与交易处理业务",
						"2021-02-10", "2021-02-21", "2026-02-20", "北京市通信管理局", "有效"),
				row("丙平台科技有限公司", "增值电信业务经营许可证", "B2-20210521", "在线数据处理与交易处理业务；信息服务业务（不含互联网信息服务）",
						"2021-05-10", "2021-05-21", "2026-05-20", "中华人民共和国工业和信息化部", "正常"),
				row("丁文化传媒有限公司", "网络文化经营许可证", "京网文〔2024〕1001-001号", "利用信息网络经营音乐娱乐产品",
						"2024-01-05", "2024-01-10", "2027-01-09", "北京市文化和旅游局", "注销"),
				row("壬游戏有限公司", "网络文化经营许可证", "京网文〔2023〕2002-002号", "利用信息网络经营网络游戏", "2023-03-10",
						"2023-03-21", "2026-03-20", "北京市文化和旅游局", "9"),
				row("癸影视有限公司", "网络文化经营许可证", "京网文〔2024〕3003-003号", "利用信息网络经营演出剧（节）目", "2024-06-01",
						"2024-06-10", "2027-06-09", "北京市文化和旅游局", "2"),
				row("戊网络科技有限公司", "增值电信业务经营许可证", "京B2-20220301", "", "2022-03-01", "2022-03-01", "2027-02-28",
						"北京市通信管理局", "正常"));
		Files.write(run.input.resolve("省级许可证信息开放数据.csv"), """
				序号,经营者名称,统一社会信用代码,许可证名称,许可证号,业务种类,有效期起,有效期止,许可状态,发证机关
				1,己互联网有限公司,,增值电信业务经营许可证,粤B2-20210321,信息服务业务（仅限互联网信息服务）,2021-03-21,2026-03-20,正常,广东省通信管理局
				2,庚支付服务有限公司,,增值电信业务经营许可证,粤B2-20210606,在线数据处理与交易处理业务（仅限经营类电子商务）,2021/06/06,2026/06/05,存续,广东省通信管理局
				3,辛演艺有限公司,,营业性演出许可证,440100120001,营业性演出,2024-01-01,2026-12-31,吊销,广州市文化广电旅游局
				""".getBytes(Charset.forName("GBK")));

		assertThat(run.once("2026-03-01", "--audit.locale=en")).isZero();

		try (Workbook report = open(run.workbooks().get(0))) {
			Map<String, Map<String, Cell>> filings = new HashMap<>();
			Map<String, String> groups = new HashMap<>();
			for (String group : List.of("Lapsed", "Risky", "Expiring")) {
				for (Map<String, Cell> row : table(report.getSheet(group))) {
					filings.put(text(row.get("Company")), row);
					groups.put(text(row.get("Company")), group + " " + text(row.get("Type Code")));
				}
			}
			assertThat(groups).containsOnly(
					Map.entry("甲信息科技有限公司", "Risky ICP_LICENSE"),
					Map.entry("乙数据科技有限公司", "Lapsed EDI_LICENSE"),
					Map.entry("丙平台科技有限公司", "Risky ICP_LICENSE"),
					Map.entry("丁文化传媒有限公司", "Lapsed NET_CULTURE_LICENSE"),
					Map.entry("己互联网有限公司", "Risky ICP_LICENSE"),
					Map.entry("庚支付服务有限公司", "Expiring EDI_LICENSE"),
					Map.entry("辛演艺有限公司", "Lapsed PERFORMANCE_LICENSE"),
					Map.entry("壬游戏有限公司", "Risky NET_CULTURE_LICENSE"),
					Map.entry("癸影视有限公司", "Lapsed NET_CULTURE_LICENSE"));
			assertThat(text(filings.get("壬游戏有限公司").get("Findings"))).isEqualTo("STATUS_UNKNOWN, RENEWAL_OVERDUE");
			assertThat(text(filings.get("壬游戏有限公司").get("Details"))).contains("status \u201c9\u201d, which the audit does not know");
			assertThat(text(filings.get("癸影视有限公司").get("Status"))).as("the 双公示 code, with what it stands for")
				.isEqualTo("2（无效）");
			assertThat(text(filings.get("癸影视有限公司").get("Findings"))).isEqualTo("STATUS_CANCELLED");
			Map<String, Cell> icp = filings.get("甲信息科技有限公司");
			assertThat(text(icp.get("Authority"))).isEqualTo("北京市通信管理局");
			assertThat(date(icp.get("Issue Date"))).as("the validity start, not the decision date")
				.isEqualTo(LocalDate.of(2021, 4, 16));
			assertThat(text(filings.get("丙平台科技有限公司").get("Findings"))).contains("SEVERAL_BUSINESSES");
			assertThat(text(filings.get("丙平台科技有限公司").get("Details"))).contains("audited once as ICP");
			assertThat(text(filings.get("庚支付服务有限公司").get("Authority"))).isEqualTo("广东省通信管理局");

			List<Map<String, Cell>> rejected = table(report.getSheet("Rejected"));
			assertThat(rejected).singleElement().satisfies(r -> {
				assertThat(text(r.get("Column"))).isEqualTo("许可证书名称");
				assertThat(text(r.get("Reason"))).startsWith("增值电信业务经营许可证 stands for ICP")
					.contains("fill in the licensed business");
			});
		}
	}

	@Test
	void thePortalsStatusWordsAndCodesPutEachLicenceInItsGroup() throws IOException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("许可证信息.csv"), """
				经营者名称,许可证名称,许可证号,业务种类,有效期起,有效期止,许可状态,发证机关
				甲撤销有限公司,增值电信业务经营许可证,粤B2-20240101,信息服务业务,2024-01-01,2028-12-31,撤销,广东省通信管理局
				乙撤销有限公司,增值电信业务经营许可证,粤B2-20240102,信息服务业务,2024-01-01,2028-12-31,已撤销,广东省通信管理局
				丙中止有限公司,增值电信业务经营许可证,粤B2-20240103,信息服务业务,2024-01-01,2028-12-31,中止,广东省通信管理局
				丁暂停有限公司,增值电信业务经营许可证,粤B2-20240104,信息服务业务,2024-01-01,2028-12-31,暂停,广东省通信管理局
				戊无效有限公司,增值电信业务经营许可证,粤B2-20240105,信息服务业务,2024-01-01,2028-12-31,2,广东省通信管理局
				己有效有限公司,增值电信业务经营许可证,粤B2-20240106,信息服务业务,2024-01-01,2028-12-31,1,广东省通信管理局
				""");

		assertThat(run.once("2026-03-01", "--audit.locale=en")).isZero();

		try (Workbook report = open(run.workbooks().get(0))) {
			Map<String, String> findings = new HashMap<>();
			for (String group : List.of("Lapsed", "Risky", "Expiring")) {
				table(report.getSheet(group))
					.forEach(r -> findings.put(text(r.get("Company")), group + " " + text(r.get("Findings"))));
			}
			assertThat(findings).as("己 (code 1, in force, valid to 2028) is OK and in no group").containsOnly(
					Map.entry("甲撤销有限公司", "Lapsed STATUS_CANCELLED"),
					Map.entry("乙撤销有限公司", "Lapsed STATUS_CANCELLED"),
					Map.entry("丙中止有限公司", "Risky STATUS_SUSPENDED"),
					Map.entry("丁暂停有限公司", "Risky STATUS_SUSPENDED"),
					Map.entry("戊无效有限公司", "Lapsed STATUS_CANCELLED"));
			assertThat(table(report.getSheet("Rejected"))).isEmpty();
		}
	}

	@Test
	void sheetsThatLookLikeARegisterButAreNoneAreStillRefused() throws IOException {
		AuditRun run = new AuditRun(root);
		Files.writeString(run.input.resolve("行政处罚公示.csv"), """
				行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚有效期,公示截止期,处罚机关,当前状态,数据来源单位
				甲信息科技有限公司,法人及非法人组织,,张三,京通管罚〔2025〕1号,未按期年检,未按期年检,电信条例,警告,警告,0,2025-06-01,2026-06-01,2028-06-01,北京市通信管理局,1,北京市通信管理局
				""");
		Files.writeString(run.input.resolve("企业信息.csv"), """
				企业名称,统一社会信用代码,法定代表人,登记状态,成立日期,注册资本,企业类型,所属省份,经营范围,登记机关,核准日期
				乙数据科技有限公司,,李四,存续,2015-03-01,1000万元,有限责任公司,北京,信息服务业务,海淀分局,2025-01-01
				""");

		run.once("2026-03-01", "--audit.locale=en");

		try (Workbook report = open(run.workbooks().get(0))) {
			Map<String, IngestionJobTest.Account> accounts = IngestionJobTest.accounts(report.getSheet("Summary"));
			assertThat(accounts).containsOnlyKeys("行政处罚公示.csv", "企业信息.csv");
			assertThat(accounts.values()).allSatisfy(a -> {
				assertThat(a.audited()).isZero();
				assertThat(a.note()).contains("No register header");
			});
		}
	}

	private static String[] row(String company, String certificate, String number, String business, String decided,
			String from, String until, String authority, String status) {
		return new String[] { company, "法人及非法人组织", "", "张三", "京许决字〔2021〕第001号", "普通", certificate, number, business,
				decided, from, until, authority, status, "市政务服务管理局" };
	}

	/** As the portals export it: a title merged across the columns, a blank row, then the header. */
	private static void writeDisclosure(Path file, String[]... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("行政许可");
			sheet.createRow(0).createCell(0).setCellValue("行政许可信息公示（双公示）数据导出  导出时间：2026-03-01");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, DISCLOSURE_HEADER.length - 1));
			Row header = sheet.createRow(2);
			for (int c = 0; c < DISCLOSURE_HEADER.length; c++) {
				header.createCell(c).setCellValue(DISCLOSURE_HEADER[c]);
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(3 + r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
		}
	}

}
