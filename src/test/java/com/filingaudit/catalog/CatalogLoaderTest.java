package com.filingaudit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.filingaudit.ingest.Field;
import com.filingaudit.rules.Catalog;
import com.filingaudit.rules.Escalation;
import com.filingaudit.rules.FilingType;
import com.filingaudit.rules.Inspection;
import com.filingaudit.rules.Term;

class CatalogLoaderTest {

	@TempDir
	Path dir;

	private final Catalog builtIn = CatalogLoader.load(null).catalog();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			ALGORITHM_FILING             | -   | 30d  | 45d   | -
			GENAI_FILING                 | -   | 30d  | 45d   | 12m/30d/60d
			NET_CULTURE_LICENSE          | 3y  | 30d  | 45d   | -
			ONLINE_PUBLISHING_LICENSE    | 5y  | 60d  | 75d   | -
			PUBLICATION_BUSINESS_LICENSE | -   | 30d  | 45d   | -
			RELIGIOUS_INFO_LICENSE       | 3y  | 30d  | 45d   | -
			RADIO_TV_PRODUCTION_LICENSE  | 2y  | 30d  | 45d   | -
			NEWS_INFO_LICENSE            | 3y  | 30d  | 45d   | -
			DRUG_INFO_CERTIFICATE        | 5y  | 30d  | 180d  | -
			MEDICAL_DEVICE_LICENSE       | 5y  | 30wd | 90wd  | -
			GAME_APPROVAL                | -   | -    | -     | -
			AUCTION_LICENSE              | -   | 30d  | 45d   | -
			RELICS_AUCTION_LICENSE       | -   | 30d  | 45d   | 24m/0d/60d
			FRANCHISE_FILING             | -   | -    | -     | -
			HR_SERVICE_LICENSE           | 5y  | 30d  | 45d   | -
			LABOR_DISPATCH_LICENSE       | 3y  | 60d  | 75d   | -
			PERFORMANCE_LICENSE          | 2y  | 30d  | 45d   | -
			MLPS_FILING                  | -   | -    | -     | -
			ICP_LICENSE                  | 5y  | 90d  | 105d  | -
			EDI_LICENSE                  | 5y  | 90d  | 105d  | -
			ICP_FILING                   | -   | -    | -     | -
			""")
	void builtInCatalogHoldsEveryTypeWithItsTerms(String code, String validity, String lead, String horizon,
			String inspection) {
		FilingType type = builtIn.byCode(code).orElseThrow();

		assertThat(text(type.validity())).isEqualTo(validity);
		assertThat(text(type.renewalLead())).isEqualTo(lead);
		assertThat(text(type.reminderHorizon())).isEqualTo(horizon);
		Inspection i = type.inspection();
		assertThat(i == null ? null : i.cadence() + "/" + i.grace() + "/" + i.prepare()).isEqualTo(inspection);
		assertThat(type.sources()).isNotEmpty();
	}

	@Test
	void builtInCatalogHasTheTwentyOneTypesOfTheResearch() {
		assertThat(builtIn.types()).hasSize(21);
	}

	@ParameterizedTest
	@CsvSource({ "ICP_LICENSE,ICP_LICENSE", "ICP证,ICP_LICENSE", "ｉｃｐ 许可证,ICP_LICENSE", "文网文,NET_CULTURE_LICENSE",
			"Online Culture Business License,NET_CULTURE_LICENSE", "网络文化经营许可证,NET_CULTURE_LICENSE",
			"生成式人工智能（大语言模型）备案,GENAI_FILING", "大模型备案,GENAI_FILING", "互联网算法备案,ALGORITHM_FILING",
			"劳务派遣许可证,LABOR_DISPATCH_LICENSE", "版号,GAME_APPROVAL", "ICP备案,ICP_FILING", "等保备案,MLPS_FILING",
			"增值电信业务经营许可证（EDI）,EDI_LICENSE", "edi license,EDI_LICENSE" })
	void typeColumnMatchesCodeNamesAndAliases(String written, String code) {
		assertThat(builtIn.find(written)).map(FilingType::code).hasValue(code);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			网信算备110108823483901230031号  | ALGORITHM_FILING          | ALGORITHM_FILING
			网信算备1101082242366066220017号 | ALGORITHM_FILING          | -
			Beijing-WenXinYiYan-20230821    | GENAI_FILING              | GENAI_FILING
			Jiangsu-CarrotAI-202407030002   | GENAI_FILING              | GENAI_FILING
			京ICP备15003716号-3              | ICP_FILING                | ICP_FILING
			沪ICP备20022513号                | ICP_FILING                | ICP_FILING
			京ICP证090015号                  | ICP_LICENSE               | ICP_LICENSE
			京B2-20190001                   | -                         | ICP_LICENSE
			粤B2-20090191-18                | -                         | EDI_LICENSE
			京网文〔2023〕1034-029号          | NET_CULTURE_LICENSE       | NET_CULTURE_LICENSE
			浙网文[2016]0132-032号           | NET_CULTURE_LICENSE       | NET_CULTURE_LICENSE
			京网文【2023】1034-029号          | NET_CULTURE_LICENSE       | NET_CULTURE_LICENSE
			11220180008                     | -                         | NEWS_INFO_LICENSE
			""")
	void filingNumbersNameTheirTypeOnlyWhenOneFormatFits(String number, String inferred, String fits) {
		assertThat(builtIn.inferFromNumber(number).map(FilingType::code).orElse(null)).isEqualTo(inferred);
		if (fits != null) {
			assertThat(builtIn.byCode(fits).orElseThrow().numberFits(number)).isTrue();
		}
	}

	@Test
	void aMalformedAlgorithmNumberStillNamesItsTypeButFailsItsFormat() {
		String twentyTwoDigits = "网信算备1101082242366066220017号";

		assertThat(builtIn.inferFromNumber(twentyTwoDigits)).map(FilingType::code).hasValue("ALGORITHM_FILING");
		assertThat(builtIn.byCode("ALGORITHM_FILING").orElseThrow().numberFits(twentyTwoDigits)).isFalse();
	}

	@Test
	void unknownTypeIsNotGuessed() {
		assertThat(builtIn.find("食品经营许可证")).isEmpty();
	}

	@Test
	void userCatalogChangesValuesAndAddsTypesAndColumnNames() throws IOException {
		Path file = write("""
				version: "acme-1"
				fields:
				  owner:
				    names: [对接人]
				types:
				  - code: ICP_LICENSE
				    renewal: {lead: 120d, horizon: 150d}
				  - code: FOOD_LICENSE
				    zh: 食品经营许可证
				    en: Food Business License
				    validity: 5y
				    renewal: {lead: 30d, horizon: 60d}
				""");

		LoadedCatalog loaded = CatalogLoader.load(file);

		FilingType icp = loaded.catalog().byCode("ICP_LICENSE").orElseThrow();
		assertThat(icp.renewalLead()).isEqualTo(Term.days(120));
		assertThat(icp.validity()).isEqualTo(Term.years(5));
		assertThat(icp.nameZh()).isEqualTo("增值电信业务经营许可证（ICP）");
		assertThat(loaded.catalog().find("食品经营许可证")).map(FilingType::code).hasValue("FOOD_LICENSE");
		assertThat(loaded.columnNames().fieldOf("对接人")).hasValue(Field.OWNER);
		assertThat(loaded.columnNames().fieldOf("负责人")).hasValue(Field.OWNER);
		assertThat(loaded.catalog().version()).isEqualTo("acme-1");
	}

	@Test
	void theEscalationThresholdsAreTheBuiltInOnesUnlessACatalogOfYoursGivesItsOwn() throws IOException {
		assertThat(builtIn.escalation().creditRecordAfterDays()).isEqualTo(30);
		assertThat(builtIn.escalation().repeatWithinDays()).isEqualTo(365);
		assertThat(builtIn.escalation().source()).contains("S1");

		Catalog yours = CatalogLoader.load(write("""
				escalation:
				  creditRecordAfterDays: 10
				  repeatWithinDays: 20
				  source: our counsel
				""")).catalog();

		assertThat(yours.escalation()).isEqualTo(new Escalation(10, 20, "our counsel"));
		assertThat(yours.byCode("ICP_LICENSE")).isPresent();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			days in words      | escalation:\\n  creditRecordAfterDays: ten\\n  repeatWithinDays: 20          | line 2 | ten
			threshold missing  | escalation:\\n  creditRecordAfterDays: 10                                   | line 2 | repeatWithinDays
			misspelled threshold | escalation:\\n  creditRecordAfter: 10\\n  repeatWithinDays: 20           | line 2 | creditRecordAfter
			malformed term     | types:\\n  - code: ICP_LICENSE\\n    validity: five years                        | line 3 | five years
			broken YAML        | types:\\n  - code: ICP_LICENSE\\n    renewal: {lead: 30d, horizon: 45d\\n  - code: X | line 4 | expected
			misspelled key     | types:\\n  - code: ICP_LICENSE\\n    renewl: {lead: 30d, horizon: 45d}           | line 3 | renewl
			new type, no name  | types:\\n  - code: NEW_TYPE\\n    validity: none                              | line 2 | zh
			alias of two types | types:\\n  - code: EDI_LICENSE\\n    aliases: [ICP证]                             | ICP证  | ICP_LICENSE
			status word unread | statusCodes:\\n  "3": 异议中                                                 | 异议中 | does not understand
			""")
	void catalogWithAMistakeStopsTheStartSayingWhereAndWhat(String mistake, String yaml, String where, String what)
			throws IOException {
		Path file = write(yaml.replace("\\n", "\n"));

		assertThatThrownBy(() -> CatalogLoader.load(file)).isInstanceOf(CatalogException.class)
			.hasMessageContaining(where)
			.hasMessageContaining(what);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			1      | 1（有效）
			'2 '   | 2（无效）
			２     | ２（无效）
			3      | 3
			正常    | 正常
			-      | -
			""")
	void statusCodesOfTheDisclosureStandardAreReadAsTheirWords(String status, String read) {
		assertThat(builtIn.statusText(status)).isEqualTo(read);
	}

	@ParameterizedTest(name = "{0} / {1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			信息服务业务（仅限互联网信息服务）      | 京B2-20210416   | ICP_LICENSE | false
			在线数据处理与交易处理业务              | 京B2-20210416   | EDI_LICENSE | false
			在线数据处理与交易处理业务；信息服务业务   | B2-20210521    | ICP_LICENSE | true
			-                                   | 京ICP证000123号 | ICP_LICENSE | false
			-                                   | 京B2-20220301   | -           | false
			互联网数据中心业务                     | -              | -           | false
			""")
	void aCertificateNameIsDecidedByTheBusinessThenByTheNumber(String business, String number, String code,
			boolean several) {
		Catalog.TypeChoice choice = builtIn.choose("增值电信业务经营许可证", business, number);

		assertThat(choice.type() == null ? null : choice.type().code()).isEqualTo(code);
		assertThat(choice.severalBusinesses()).isEqualTo(several);
		assertThat(choice.undecided() != null).isEqualTo(code == null);
	}

	@Test
	void aCatalogOfYoursReplacesTheStatusCodes() throws IOException {
		Path file = write("statusCodes:\n  \"0\": 正常\n  \"9\": 注销\n");

		Catalog catalog = CatalogLoader.load(file).catalog();

		assertThat(catalog.statusText("9")).isEqualTo("9（注销）");
		assertThat(catalog.statusText("2")).isEqualTo("2");
		assertThat(CatalogLoader.load(write("statusCodes: {}\n")).catalog().statusText("1")).isEqualTo("1");
	}

	private Path write(String yaml) throws IOException {
		return Files.writeString(dir.resolve("catalog.yml"), yaml);
	}

	private static String text(Term term) {
		return term == null ? null : term.toString();
	}

}
