package com.filingaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the awkward files analysts drop, so that tests need nothing outside the project. */
public final class TestWorkbooks {

	private TestWorkbooks() {
	}

	/** A sheet whose first row is {@code header} and whose next rows are {@code rows}; dates become date cells. */
	public static Sheet sheet(Workbook workbook, String name, String[] header, Object[]... rows) {
		Sheet sheet = workbook.createSheet(name);
		fill(workbook, sheet, 0, header, rows);
		return sheet;
	}

	public static void fill(Workbook workbook, Sheet sheet, int firstRow, String[] header, Object[]... rows) {
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		Row head = sheet.createRow(firstRow);
		for (int i = 0; i < header.length; i++) {
			head.createCell(i).setCellValue(header[i]);
		}
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(firstRow + 1 + r);
			for (int i = 0; i < rows[r].length; i++) {
				Object value = rows[r][i];
				if (value instanceof LocalDate d) {
					Cell cell = row.createCell(i);
					cell.setCellValue(d);
					cell.setCellStyle(date);
				}
				else if (value instanceof Number n) {
					row.createCell(i).setCellValue(n.doubleValue());
				}
				else if (value != null) {
					row.createCell(i).setCellValue(value.toString());
				}
			}
		}
	}

	public static Path save(Workbook workbook, Path file) throws IOException {
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	/** A small valid register workbook. */
	public static Path register(Path file, boolean xls) throws IOException {
		Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook();
		sheet(workbook, "证照", new String[] { "企业名称", "许可类型", "证书编号", "有效期至" },
				new Object[] { "星河云智科技有限公司", "ICP证", "京B2-20210001", LocalDate.of(2027, 2, 28) });
		return save(workbook, file);
	}

	/**
	 * A register on {@code sheet}: its header ({@code 企业名称, 许可类型, 证书编号, 有效期至}) on row {@code header}, then
	 * {@code count} ICP licences numbered by sheet, every fifth row blank and every seventh without a company.
	 */
	public static void registerRows(Sheet sheet, int header, int count, IntFunction<String> expiry) {
		String[] names = { "企业名称", "许可类型", "证书编号", "有效期至" };
		Row head = sheet.createRow(header);
		for (int c = 0; c < names.length; c++) {
			head.createCell(c).setCellValue(names[c]);
		}
		for (int i = 1; i <= count; i++) {
			Row row = sheet.createRow(header + i);
			if (i % 5 == 0) {
				continue;
			}
			if (i % 7 != 0) {
				row.createCell(0).setCellValue(sheet.getSheetName() + "公司" + i);
			}
			row.createCell(1).setCellValue("ICP证");
			row.createCell(2).setCellValue("京B2-" + (20000000 + i) + "-" + sheet.getSheetName());
			row.createCell(3).setCellValue(expiry.apply(i));
		}
	}

	/** Rewrites one part of a zip (an .xlsx) in place, the others copied as they are. */
	public static Path rewritePart(Path file, String part, UnaryOperator<byte[]> change) throws IOException {
		Path original = Files.move(file, file.resolveSibling(file.getFileName() + ".original"));
		try (ZipFile zip = new ZipFile(original.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = zip.getInputStream(entry)) {
					byte[] bytes = in.readAllBytes();
					out.write(entry.getName().equals(part) ? change.apply(bytes) : bytes);
				}
				out.closeEntry();
			}
		}
		Files.delete(original);
		return file;
	}

	/** Encrypts an .xlsx with a password, as Excel's "Encrypt with Password" does (agile encryption). */
	public static Path encryptedXlsx(Path file) throws Exception {
		Path plain = register(Files.createTempFile(file.getParent(), "plain", ".xlsx"), false);
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
					OutputStream os = encryptor.getDataStream(fs)) {
				opc.save(os);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		Files.delete(plain);
		return file;
	}

	/** An .xls protected with a password (RC4 CryptoAPI). */
	public static Path encryptedXls(Path file) throws IOException {
		Biff8EncryptionKey.setCurrentUserPassword("secret");
		try {
			return register(file, true);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
	}

	/** A valid .xlsx cut in half, as a failed copy leaves it. */
	public static Path truncated(Path file) throws IOException {
		register(file, false);
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
		return file;
	}

	/**
	 * An .xlsx whose sheet inflates a thousandfold: a few kilobytes on disk, tens of megabytes once unzipped. POI's
	 * zip-bomb guard must refuse it.
	 */
	public static Path zipBomb(Path file) throws IOException {
		Path plain = register(Files.createTempFile(file.getParent(), "plain", ".xlsx"), false);
		try (ZipFile zip = new ZipFile(plain.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
						.getBytes(StandardCharsets.UTF_8));
					byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
					for (int i = 0; i < 40; i++) {
						out.write(spaces);
					}
					out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
				}
				else {
					try (InputStream in = zip.getInputStream(entry)) {
						in.transferTo(out);
					}
				}
				out.closeEntry();
			}
		}
		Files.delete(plain);
		return file;
	}

}
