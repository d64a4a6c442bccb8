package com.filingaudit.report;

import java.util.HexFormat;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

import com.filingaudit.rules.Group;
import com.filingaudit.system.Messages;

/**
 * A native Excel bar chart of the groups per filing type, beside the table it draws. SXSSF streams only cell data, so
 * the chart goes on the sheet's template, with its values written into the chart itself.
 */
final class GroupChart {

	private static final List<Group> DRAWN = List.of(Group.LAPSED, Group.RISKY, Group.EXPIRING);

	private static final String[] FILLS = { "E06666", "F6B26B", "FFD966" };

	private GroupChart() {
	}

	static void draw(SXSSFSheet sheet, List<String> types, List<SummaryCounts.CrossTab> table, int firstRow,
			Messages messages) {
		SXSSFWorkbook workbook = (SXSSFWorkbook) sheet.getWorkbook();
		XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()).createDrawingPatriarch();
		// Right beside the by-type table (its Total is the Summary's column F): over G and the wide H, about as tall
		int height = Math.max(10, types.size() + 6);
		XSSFChart chart = drawing.createChart(drawing.createAnchor(Units.EMU_PER_PIXEL * 12, 0, 0, 0, 6, firstRow - 1, 8,
				firstRow - 1 + height));
		chart.setTitleText(messages.get("summary.chart"));
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
		// top to bottom in the table's order (a bar chart draws its first category at the bottom)
		categories.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
		data.setBarDirection(BarDirection.BAR);
		data.setBarGrouping(BarGrouping.STACKED);
		XDDFCategoryDataSource names = XDDFDataSourcesFactory.fromArray(types.toArray(String[]::new));
		for (int i = 0; i < DRAWN.size(); i++) {
			Group group = DRAWN.get(i);
			Integer[] counts = table.stream().map(line -> line.perGroup()[group.ordinal()]).toArray(Integer[]::new);
			XDDFChartData.Series series = data.addSeries(names, XDDFDataSourcesFactory.fromArray(counts));
			series.setTitle(messages.get("sheet." + group.name()), null);
			XDDFShapeProperties fill = new XDDFShapeProperties();
			fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(FILLS[i]))));
			series.setShapeProperties(fill);
		}
		chart.plot(data);
	}

}
