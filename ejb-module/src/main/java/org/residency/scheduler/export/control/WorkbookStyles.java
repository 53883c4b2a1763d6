package org.residency.scheduler.export.control;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The few cell styles a schedule workbook uses, made once per workbook (a style per cell would hit
 * Excel's limit of 64,000 styles on a year): one per activity, the same with the call marker, headers.
 */
final class WorkbookStyles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle weekendHeader;
    final CellStyle text;
    final CellStyle callRow;
    private final Map<Activity, CellStyle> sessions = new EnumMap<>(Activity.class);
    private final Map<Activity, CellStyle> callNights = new EnumMap<>(Activity.class);
    private final SXSSFWorkbook workbook;

    WorkbookStyles(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        this.title = style(font(true, null, 13), null, false);
        this.header = style(font(true, null, 10), null, true);
        this.weekendHeader = style(font(true, null, 10), "E5E7EB", true);
        this.text = style(font(false, null, 10), null, false);
        this.callRow = style(font(true, Activity.CALL_COLOUR, 9), null, true);
        for (Activity a : Activity.values()) {
            sessions.put(a, style(font(false, a.fontRgb(), 10), a.rgb(), true));
            CellStyle call = style(font(true, Activity.CALL_COLOUR, 10), a.rgb(), true);
            call.setBorderBottom(BorderStyle.MEDIUM);
            ((XSSFCellStyle) call).setBottomBorderColor(color(Activity.CALL_COLOUR));
            callNights.put(a, call);
        }
    }

    CellStyle session(Activity activity, boolean callNight) {
        return (callNight ? callNights : sessions).get(activity);
    }

    private CellStyle style(XSSFFont font, String fill, boolean centred) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setFont(font);
        if (fill != null) {
            style.setFillForegroundColor(color(fill));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (centred) {
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
        }
        return style;
    }

    private XSSFFont font(boolean bold, String rgb, int points) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        if (rgb != null) {
            font.setColor(color(rgb));
        }
        return font;
    }

    private static XSSFColor color(String rgb) {
        return new XSSFColor(HexFormat.of().parseHex(rgb));
    }
}
