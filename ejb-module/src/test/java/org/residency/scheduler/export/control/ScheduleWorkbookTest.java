package org.residency.scheduler.export.control;

import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook is written, then opened again with POI as Excel would open it, and its cells checked. */
class ScheduleWorkbookTest {

    @Test
    void aBlockSheetHasDateHeadersColouredSessionsTheCallMarkerAndFrozenPanes() throws Exception {
        try (XSSFWorkbook book = write(new ExportFixture(), 1)) {
            assertEquals(List.of("Block 1", "Rotations", "Legend"), sheetNames(book));
            XSSFSheet sheet = book.getSheet("Block 1");
            assertEquals("6 Jul", text(sheet, 1, 4));
            assertEquals("Mon", text(sheet, 2, 4));
            assertEquals("Sat", text(sheet, 2, 4 + 2 * 5));
            assertEquals("AM", text(sheet, 3, 4));
            assertEquals("PM", text(sheet, 3, 5));
            assertEquals(List.of("Ana Alvarez", "Ben Brown", "Dr Cole"),
                    List.of(text(sheet, 4, 0), text(sheet, 5, 0), text(sheet, 6, 0)));
            assertEquals("Inpatient ward", text(sheet, 4, 3));
            assertEquals("Faculty", text(sheet, 6, 2));

            // R1, day 0: on the ward all day and on call that night.
            assertEquals("R", text(sheet, 4, 4));
            assertEquals(Activity.R.rgb(), fill(sheet, 4, 4));
            assertEquals("R" + ScheduleWorkbook.CALL_MARK, text(sheet, 4, 5));
            assertEquals(Activity.R.rgb(), fill(sheet, 4, 5));
            assertEquals(Activity.CALL_COLOUR, fontColour(sheet, 4, 5));
            assertEquals(Activity.R.fontRgb(), fontColour(sheet, 4, 4), "an ordinary session has its activity's font");
            assertEquals("DCE9F7", Activity.R.rgb(), "app.css --act-R background");
            // R1, day 1 post-call off; day 2 ward then clinic; F1 precepts the AM of day 2.
            assertEquals("O", text(sheet, 4, 6));
            assertEquals(Activity.O.rgb(), fill(sheet, 4, 6));
            assertEquals("C", text(sheet, 4, 9));
            assertEquals(Activity.C.rgb(), fill(sheet, 4, 9));
            assertEquals("P", text(sheet, 6, 8));
            assertEquals(Activity.P.rgb(), fill(sheet, 6, 8));

            // The call row under the people: R1 on night 0, R2 on night 5, nobody else.
            assertEquals("In-house call", text(sheet, 7, 0));
            assertEquals("R1", text(sheet, 7, 4));
            assertEquals("R2", text(sheet, 7, 4 + 2 * 5));
            assertEquals("", text(sheet, 7, 6));

            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(4, pane.getVerticalSplitLeftColumn());
            assertEquals(4, pane.getHorizontalSplitTopRow());
            assertEquals(14 * 2 / 2 + 4, sheet.getRow(4).getLastCellNum(), "7 days x AM/PM after 4 label columns");
        }
    }

    @Test
    void theYearHasASheetPerBlockTheBlockRotationsAndALegend() throws Exception {
        try (XSSFWorkbook book = write(new ExportFixture(), 0)) {
            assertEquals(List.of("Block 1", "Block 2", "Rotations", "Legend"), sheetNames(book));
            XSSFSheet block2 = book.getSheet("Block 2");
            assertEquals("13 Jul", text(block2, 1, 4));
            assertEquals("Ambulatory", text(block2, 4, 3));
            // R2 absent on days 9 and 10 (block 2's days 2 and 3).
            assertEquals("A", text(block2, 5, 4 + 2 * 2));
            assertEquals(Activity.A.rgb(), fill(block2, 5, 4 + 2 * 3 + 1));

            XSSFSheet rotations = book.getSheet("Rotations");
            assertEquals("Block 1", text(rotations, 1, 3));
            assertEquals(List.of("Ana Alvarez", "Inpatient ward", "Ambulatory"),
                    List.of(text(rotations, 3, 0), text(rotations, 3, 3), text(rotations, 3, 4)));
            assertEquals(List.of("Ben Brown", "Ambulatory", "Inpatient ward"),
                    List.of(text(rotations, 4, 0), text(rotations, 4, 3), text(rotations, 4, 4)));
            assertNull(rotations.getRow(5), "faculty have no rotations");

            XSSFSheet legend = book.getSheet("Legend");
            List<String> codes = new ArrayList<>();
            for (int r = 4; r < 4 + Activity.values().length; r++) {
                codes.add(text(legend, r, 0));
                assertEquals(Activity.valueOf(text(legend, r, 0)).rgb(), fill(legend, r, 0));
            }
            assertEquals(List.of("R", "C", "P", "O", "A"), codes);
            assertFalse(text(legend, 4 + codes.size(), 1).isBlank());
        }
    }

    private static XSSFWorkbook write(ExportFixture fixture, int block) throws Exception {
        ScheduleWorkbook workbook = new ScheduleWorkbook(fixture.plan(), "test-schedule");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (block == 0) {
            workbook.writeYear(out);
        } else {
            workbook.writeBlock(block, out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static XSSFCell cell(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return cell(sheet, row, column).getStringCellValue();
    }

    private static String fill(XSSFSheet sheet, int row, int column) {
        return rgb(cell(sheet, row, column).getCellStyle().getFillForegroundXSSFColor());
    }

    private static String fontColour(XSSFSheet sheet, int row, int column) {
        XSSFCellStyle style = cell(sheet, row, column).getCellStyle();
        return rgb(style.getFont().getXSSFColor());
    }

    private static String rgb(org.apache.poi.xssf.usermodel.XSSFColor colour) {
        return colour == null ? null : java.util.HexFormat.of().withUpperCase().formatHex(colour.getRGB());
    }
}
