package org.residency.scheduler.export.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A schedule as an Excel workbook: one sheet per block (people down, days across as AM/PM column pairs,
 * each session cell holding its code on the grid's colour, a call night's PM cell marked "*" in the call
 * colour, and a last row naming who is on call each night), a sheet of block rotations and a legend.
 * Header rows carry the date, the weekday and AM/PM; the people and the headers are frozen.
 * <p>
 * Written with POI's streaming workbook: only a window of rows stays in memory (the rest goes to a
 * compressed temporary file until the workbook is written), so a year of 210 people x 728 sessions
 * costs a few MB of heap, not the hundreds a full in-memory workbook would.
 */
public final class ScheduleWorkbook {

    /** Rows kept in memory per sheet while writing. */
    private static final int WINDOW = 100;
    static final int FIRST_DAY_COLUMN = 4;
    static final int FIRST_PERSON_ROW = 4;
    public static final String CALL_MARK = "*";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter FULL_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final SchedulePlan plan;
    private final String scheduleId;

    public ScheduleWorkbook(SchedulePlan plan, String scheduleId) {
        this.plan = plan;
        this.scheduleId = scheduleId;
    }

    /** One block (1-based). */
    public void writeBlock(int block, OutputStream out) throws IOException {
        write(block, block, out);
    }

    /** Every block of the year, a sheet each. */
    public void writeYear(OutputStream out) throws IOException {
        write(1, plan.blocks(), out);
    }

    private void write(int fromBlock, int toBlock, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            for (int block = fromBlock; block <= toBlock; block++) {
                blockSheet(workbook, styles, block);
            }
            rotationsSheet(workbook, styles);
            legendSheet(workbook, styles, fromBlock, toBlock);
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes the temporary files
        }
    }

    private void blockSheet(SXSSFWorkbook workbook, WorkbookStyles styles, int block) {
        SXSSFSheet sheet = workbook.createSheet("Block " + block);
        int first = plan.firstDay(block);
        int last = plan.lastDay(block);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 8 * 256);
        sheet.setColumnWidth(2, 6 * 256);
        sheet.setColumnWidth(3, 18 * 256);
        for (int c = FIRST_DAY_COLUMN; c < FIRST_DAY_COLUMN + 2 * (last - first + 1); c++) {
            sheet.setColumnWidth(c, 4 * 256);
        }
        Row title = sheet.createRow(0);
        cell(title, 0, styles.title, plan.programName() + " - block " + block + ", "
                + plan.date(first).format(FULL_DATE) + " to " + plan.date(last).format(FULL_DATE));

        Row dates = sheet.createRow(1);
        Row weekdays = sheet.createRow(2);
        Row halves = sheet.createRow(3);
        cell(halves, 0, styles.header, "Person");
        cell(halves, 1, styles.header, "Id");
        cell(halves, 2, styles.header, "PGY");
        cell(halves, 3, styles.header, "Rotation");
        for (int day = first; day <= last; day++) {
            int c = column(block, day);
            LocalDate date = plan.date(day);
            CellStyle style = isWeekend(date) ? styles.weekendHeader : styles.header;
            cell(dates, c, style, date.format(DATE));
            cell(dates, c + 1, style, "");
            cell(weekdays, c, style, date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            cell(weekdays, c + 1, style, "");
            cell(halves, c, style, "AM");
            cell(halves, c + 1, style, "PM");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, c, c + 1));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, c, c + 1));
        }

        int r = FIRST_PERSON_ROW;
        for (SchedulePlan.Person person : plan.people()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, styles.text, person.label());
            cell(row, 1, styles.text, person.id());
            cell(row, 2, styles.text, person.isResident() ? String.valueOf(person.pgy()) : "Faculty");
            cell(row, 3, styles.text, person.isResident() ? plan.rotationName(plan.rotation(person.id(), block)) : "");
            for (int day = first; day <= last; day++) {
                String codes = plan.codes(person.id(), day);
                boolean call = person.id().equals(plan.onCall(day));
                session(row, column(block, day), styles, codes.charAt(0), false);
                session(row, column(block, day) + 1, styles, codes.charAt(1), call);
            }
        }
        Row calls = sheet.createRow(r);
        cell(calls, 0, styles.header, "In-house call");
        for (int day = first; day <= last; day++) {
            int c = column(block, day);
            String resident = plan.onCall(day);
            cell(calls, c, styles.callRow, resident == null ? "" : resident);
            cell(calls, c + 1, styles.callRow, "");
            sheet.addMergedRegion(new CellRangeAddress(r, r, c, c + 1));
        }
        sheet.createFreezePane(FIRST_DAY_COLUMN, FIRST_PERSON_ROW);
    }

    private static void session(Row row, int column, WorkbookStyles styles, char code, boolean callNight) {
        Activity activity = Activity.of(code);
        Cell cell = row.createCell(column);
        cell.setCellValue(code + (callNight ? CALL_MARK : ""));
        if (activity != null) {
            cell.setCellStyle(styles.session(activity, callNight));
        }
    }

    private void rotationsSheet(SXSSFWorkbook workbook, WorkbookStyles styles) {
        Sheet sheet = workbook.createSheet("Rotations");
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 8 * 256);
        sheet.setColumnWidth(2, 6 * 256);
        Row title = sheet.createRow(0);
        cell(title, 0, styles.title, plan.programName() + " - block rotations");
        Row header = sheet.createRow(1);
        Row dates = sheet.createRow(2);
        cell(header, 0, styles.header, "Resident");
        cell(header, 1, styles.header, "Id");
        cell(header, 2, styles.header, "PGY");
        for (int b = 1; b <= plan.blocks(); b++) {
            sheet.setColumnWidth(2 + b, 18 * 256);
            cell(header, 2 + b, styles.header, "Block " + b);
            cell(dates, 2 + b, styles.header, plan.date(plan.firstDay(b)).format(DATE) + " - "
                    + plan.date(plan.lastDay(b)).format(DATE));
        }
        int r = 3;
        for (SchedulePlan.Person person : plan.people()) {
            if (!person.isResident()) {
                continue;
            }
            Row row = sheet.createRow(r++);
            cell(row, 0, styles.text, person.label());
            cell(row, 1, styles.text, person.id());
            cell(row, 2, styles.text, String.valueOf(person.pgy()));
            for (int b = 1; b <= plan.blocks(); b++) {
                cell(row, 2 + b, styles.text, plan.rotationName(plan.rotation(person.id(), b)));
            }
        }
        sheet.createFreezePane(3, 3);
    }

    private void legendSheet(SXSSFWorkbook workbook, WorkbookStyles styles, int fromBlock, int toBlock) {
        Sheet sheet = workbook.createSheet("Legend");
        sheet.setColumnWidth(0, 10 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        int r = 0;
        cell(sheet.createRow(r++), 0, styles.title, plan.programName());
        Row about = sheet.createRow(r++);
        cell(about, 0, styles.text, "Schedule");
        cell(about, 1, styles.text, scheduleId + (fromBlock == toBlock ? ", block " + fromBlock
                : ", blocks " + fromBlock + " to " + toBlock));
        r++;
        Row header = sheet.createRow(r++);
        cell(header, 0, styles.header, "Code");
        cell(header, 1, styles.header, "Meaning");
        for (Activity a : Activity.values()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, styles.session(a, false), a.name());
            cell(row, 1, styles.text, a.meaning());
        }
        Row call = sheet.createRow(r++);
        cell(call, 0, styles.session(Activity.R, true), "R" + CALL_MARK);
        cell(call, 1, styles.text, "In-house call that night (PM cell marked " + CALL_MARK
                + "): 24 hours with the day's sessions; the next day is free (post-call)");
        Row callRow = sheet.createRow(r);
        cell(callRow, 0, styles.callRow, "R1");
        cell(callRow, 1, styles.text, "Last row of a block sheet: the resident on in-house call each night");
    }

    private int column(int block, int day) {
        return FIRST_DAY_COLUMN + 2 * (day - plan.firstDay(block));
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void cell(Row row, int column, CellStyle style, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
