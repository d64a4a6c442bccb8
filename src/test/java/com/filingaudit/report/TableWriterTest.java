package com.filingaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWriterTest {

	@Test
	void aFullSheetContinuesOnTheNextUnderTheSameHeader() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
			TableWriter table = new TableWriter(workbook, new Styles(workbook, 3), "Lapsed", new String[] { "Company" },
					3);
			for (int i = 1; i <= 7; i++) {
				table.row().text("公司" + i);
			}
			table.finish();
			workbook.createSheet("Risky");
			workbook.write(bytes);
		}

		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			List<String> names = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				names.add(read.getSheetAt(i).getSheetName() + ":" + read.getSheetAt(i).getLastRowNum() + ":"
						+ read.getSheetAt(i).getRow(0).getCell(0).getStringCellValue());
			}
			assertThat(names).containsExactly("Lapsed:3:Company", "Lapsed (2):3:Company", "Lapsed (3):1:Company");
			assertThat(read.getSheetAt(3).getSheetName()).isEqualTo("Risky");
			assertThat(read.getSheet("Lapsed (3)").getRow(1).getCell(0).getStringCellValue()).isEqualTo("公司7");
		}
	}

	/** Excel's real limit: a sheet takes 1,048,575 rows below its header, the next row opens the continuation. */
	@Test
	void aSheetIsFullAtExcelsLastRowAndTheNextRowContinues() throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			TableWriter table = new TableWriter(workbook, new Styles(workbook, 3), "Lapsed", new String[] { "Company" });
			int rows = SpreadsheetVersion.EXCEL2007.getMaxRows();
			for (int i = 1; i <= rows; i++) {
				table.row().number(i);
			}
			table.finish();

			assertThat(workbook.getSheet("Lapsed").getLastRowNum()).isEqualTo(SpreadsheetVersion.EXCEL2007.getLastRowIndex());
			assertThat(workbook.getSheet("Lapsed (2)").getLastRowNum()).isEqualTo(1);
			assertThat(workbook.getSheet("Lapsed (2)").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Company");
			assertThat(workbook.getSheet("Lapsed (2)").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(rows);
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
		}
	}

}
