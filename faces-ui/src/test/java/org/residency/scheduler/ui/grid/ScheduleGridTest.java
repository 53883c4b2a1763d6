package org.residency.scheduler.ui.grid;

import org.junit.jupiter.api.Test;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.rules.Violation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleGridTest {

    // Two blocks of 7 days from Monday 2026-07-06.
    private static final ProgramDocument PROGRAM = new ProgramDocument(ProgramDocument.FORMAT, "Test", "2026-07-06", 2, 7,
            null,
            List.of(new ProgramDocument.Resident("R1", "Ann <b>Lee</b>", 1), new ProgramDocument.Resident("R2", "Bo Chu", 2)),
            List.of(new ProgramDocument.Faculty("F1", "Dr. Fay", 4)),
            List.of(new ProgramDocument.Rotation("INP", "Inpatient", List.of(1, 2), 0, 2, 0, true, 1, true),
                    new ProgramDocument.Rotation("OUT", "Outpatient", List.of(1, 2), 0, 2, 0, false, 4, false)),
            List.of(), List.of(), null, List.of(), List.of(), null);

    private static final ScheduleDocument SCHEDULE = new ScheduleDocument(ScheduleDocument.FORMAT, "Test",
            Map.of("R1", List.of("INP", "OUT"), "R2", List.of("OUT", "INP")),
            Map.of("R1", days("RR", "RC", "OO", "AA"), "R2", days("RC", "OO", "CC", "RR"), "F1", days("PO", "OO", "PP", "OO")),
            calls("R1", "R2"));

    private static List<String> days(String... codes) {
        String[] all = new String[14];
        for (int d = 0; d < 14; d++) {
            all[d] = codes[d % codes.length];
        }
        return List.of(all);
    }

    private static List<String> calls(String... residents) {
        String[] all = new String[14];
        for (int d = 0; d < 14; d++) {
            all[d] = residents[d % residents.length];
        }
        return Arrays.asList(all);
    }

    private static ScheduleGrid grid(List<Violation> violations) {
        return new ScheduleGrid(PROGRAM, SCHEDULE, new ViolationIndex(LocalDate.parse("2026-07-06"), 14, violations));
    }

    @Test
    void aBlockHasTwoCellsPerPersonAndDayColouredByCode() {
        String html = grid(List.of()).days(1, 1, GridFilter.ALL);
        assertEquals(3 * 7 * 2, count(html, "<td id=\"c_"));
        assertTrue(html.contains("<td id=\"c_R1_2026-07-07_PM\" class=\"act-C\">C</td>"), html);
        assertTrue(html.contains("<td id=\"c_F1_2026-07-06_AM\" class=\"act-P bs\">P</td>"), html);
        assertTrue(html.contains("<td id=\"c_R1_2026-07-09_AM\" class=\"act-A\">A</td>"), html);
        assertFalse(html.contains("2026-07-13"), "block 2 is not shown");
        assertTrue(html.contains("Ann &lt;b&gt;Lee&lt;/b&gt;"), "names are escaped");
        assertTrue(html.contains("title=\"Inpatient\">INP</td>"), "the block's rotation with its name");
    }

    @Test
    void theCallRowNamesEachNightsResident() {
        String html = grid(List.of()).days(1, 1, GridFilter.ALL);
        assertEquals(7, count(html, "<td colspan=\"2\" id=\"n_"));
        assertTrue(html.contains("<td colspan=\"2\" id=\"n_2026-07-06\" class=\"night bs\" title=\"On call: Ann &lt;b&gt;Lee&lt;/b&gt;\">R1</td>"), html);
        assertTrue(html.contains("<td colspan=\"2\" id=\"n_2026-07-07\" class=\"night\" title=\"On call: Bo Chu\">R2</td>"), html);
        assertTrue(html.indexOf("id=\"call-row\"") < html.indexOf("id=\"row_R1\""), "the call row comes first");
        assertFalse(html.contains("data-edit"), "no edit links without an edit base");
        assertFalse(html.contains("editable"));
    }

    @Test
    void anUncoveredNightIsMarked() {
        ScheduleDocument uncovered = new ScheduleDocument(ScheduleDocument.FORMAT, "Test", SCHEDULE.blocks(), SCHEDULE.days(),
                Arrays.asList(new String[14]));
        String html = new ScheduleGrid(PROGRAM, uncovered, new ViolationIndex(LocalDate.parse("2026-07-06"), 14, List.of()))
                .days(1, 1, GridFilter.ALL);
        assertTrue(html.contains("<td colspan=\"2\" id=\"n_2026-07-07\" class=\"night uncovered\" title=\"Nobody on call\">-</td>"), html);
    }

    @Test
    void coordinatorsGetTheEditPagesAddressEscapedOnTheTable() {
        String html = grid(List.of()).days(1, 2, GridFilter.ALL, "edit.xhtml?program=1&schedule=a%22%3Cb%3E\"<i>");
        assertTrue(html.startsWith("<table class=\"schedule-grid year editable\" id=\"grid\" data-edit=\""
                + "edit.xhtml?program=1&amp;schedule=a%22%3Cb%3E&quot;&lt;i&gt;\"><thead>"), html.substring(0, 200));
        assertEquals(1, count(html, "data-edit="), "one attribute, not a link per cell");
        assertEquals(3 * 14 * 2, count(html, "<td id=\"c_"));
        assertEquals(14, count(html, "<td colspan=\"2\" id=\"n_"));
    }

    @Test
    void theCallNightIsMarkedOnTheResidentsEveningCell() {
        String html = grid(List.of()).days(1, 1, GridFilter.ALL);
        assertTrue(html.contains("id=\"c_R1_2026-07-06_PM\" class=\"act-R call\" title=\"On call tonight\""), html);
        assertTrue(html.contains("id=\"c_R2_2026-07-07_PM\" class=\"act-O call\""), html);
        assertTrue(html.contains("id=\"c_R2_2026-07-06_PM\" class=\"act-C\">"), "R1 has that night");
    }

    @Test
    void aViolationOutlinesThePersonsDaysWithTheRuleAsTooltip() {
        Violation postCall = new Violation("post-call", "R1", "2026-07-07", "2026-07-07", "R1 works the day after call",
                "ACGME VI.F.3");
        Violation staffing = new Violation("session-staffing", null, "2026-07-08", "2026-07-08", "INP is short", null);
        String html = grid(List.of(postCall, staffing)).days(1, 1, GridFilter.ALL);
        assertTrue(html.contains("id=\"c_R1_2026-07-07_AM\" class=\"act-R violation\" title=\"post-call: R1 works the day"
                + " after call (ACGME VI.F.3)\""), html);
        assertEquals(2, count(html, "violation\" title=\"post-call"), "both sessions of that day, only there");
        assertTrue(html.contains("class=\"day violation\" title=\"session-staffing: INP is short\""), html);
    }

    @Test
    void theYearShowsEveryBlockAndFiltersChooseRows() {
        String year = grid(List.of()).days(1, 2, GridFilter.ALL);
        assertEquals(3 * 14 * 2, count(year, "<td id=\"c_"));
        String pgy2 = grid(List.of()).days(1, 1, new GridFilter(2, null, null));
        assertTrue(pgy2.contains("row_R2") && !pgy2.contains("row_R1") && !pgy2.contains("row_F1"), pgy2);
        String onInpatient = grid(List.of()).days(2, 2, new GridFilter(null, null, "INP"));
        assertTrue(onInpatient.contains("row_R2") && !onInpatient.contains("row_R1"));
        String faculty = grid(List.of()).days(1, 1, new GridFilter(null, "F1", null));
        assertTrue(faculty.contains("row_F1") && !faculty.contains("row_R1"));
    }

    @Test
    void theBlockViewShowsEachResidentsRotations() {
        Violation curriculum = new Violation("curriculum", "R2", "2026-07-13", "2026-07-19", "too much INP", null);
        String html = grid(List.of(curriculum)).blocks(GridFilter.ALL);
        assertTrue(html.contains("<td id=\"b_R1_1\" class=\"rot rot-0\" title=\"Inpatient\">INP</td>"), html);
        assertTrue(html.contains("<td id=\"b_R2_2\" class=\"rot rot-0 violation\" title=\"Inpatient\ncurriculum: too much INP\">"), html);
        assertFalse(html.contains("F1"), "faculty have no rotations");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
