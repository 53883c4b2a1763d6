package org.residency.scheduler.ui.grid;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One stored schedule as the two grids of the schedule page:
 * <ul>
 * <li>{@link #days}: people x days, two cells (AM, PM) per day coloured by activity code
 * ({@code act-R} ...), the call night marked on the resident's PM cell ({@code call}), broken rules
 * outlined ({@code violation}) with the rules in the {@code title}. Cell ids are
 * {@code c_<person>_<ISO date>_<AM|PM>} (the last two parts have a fixed form; parse from the end). A call
 * row above the people names each night's resident, cells {@code n_<ISO date>} ({@code uncovered} when
 * nobody is on call).</li>
 * <li>{@link #blocks}: residents x blocks with the rotation of each, ids {@code b_<resident>_<block>}.</li>
 * </ul>
 * For coordinators the days grid carries {@code data-edit}, the start of the edit page's URL: js/app.js turns
 * a click on a session cell into {@code &person=&date=&session=} and on a night of the call row into
 * {@code &kind=CALL&date=}. One attribute instead of a link per cell: the year of 150 residents has 150,000
 * cells, and a link in each would double the page's 7.5 MB.
 */
public final class ScheduleGrid {

    private final ProgramDocument program;
    private final ScheduleDocument schedule;
    private final ViolationIndex violations;
    private final LocalDate start;
    private final int blockDays;
    private final Map<String, String> rotationNames = new HashMap<>();
    private final Map<String, Integer> rotationIndex = new HashMap<>();

    public ScheduleGrid(ProgramDocument program, ScheduleDocument schedule, ViolationIndex violations) {
        this.program = program;
        this.schedule = schedule;
        this.violations = violations;
        this.start = LocalDate.parse(program.start());
        this.blockDays = program.blockDays();
        List<ProgramDocument.Rotation> rotations = program.rotations();
        for (int i = 0; i < rotations.size(); i++) {
            rotationNames.put(rotations.get(i).id(), rotations.get(i).name());
            rotationIndex.put(rotations.get(i).id(), i);
        }
    }

    public int dayCount() {
        return program.blocks() * blockDays;
    }

    /** The rotation a resident has in a block (1-based), or null. */
    public String rotation(String residentId, int block) {
        List<String> blocks = schedule.blocks() == null ? null : schedule.blocks().get(residentId);
        return blocks == null || block < 1 || block > blocks.size() ? null : blocks.get(block - 1);
    }

    /** The people x days grid for blocks {@code firstBlock .. lastBlock} (1-based, inclusive), without edit links. */
    public String days(int firstBlock, int lastBlock, GridFilter filter) {
        return days(firstBlock, lastBlock, filter, null);
    }

    /**
     * The people x days grid for blocks {@code firstBlock .. lastBlock} (1-based, inclusive).
     *
     * @param editBase the edit page's URL up to its cell parameters ({@code edit.xhtml?program=1&schedule=x},
     *                 URL-encoded), written escaped into {@code data-edit}; null: the cells do not link
     */
    public String days(int firstBlock, int lastBlock, GridFilter filter, String editBase) {
        int from = (firstBlock - 1) * blockDays;
        int to = lastBlock * blockDays - 1;
        boolean oneBlock = firstBlock == lastBlock;
        StringBuilder out = new StringBuilder(256 + (to - from + 1) * 60 * (program.residents().size() + 4));
        out.append("<table class=\"schedule-grid").append(oneBlock ? "" : " year").append(editBase == null ? "" : " editable")
                .append("\" id=\"grid\"");
        if (editBase != null) {
            out.append(" data-edit=\"");
            Html.escape(out, editBase).append('"');
        }
        out.append("><thead><tr><th class=\"who\">Person</th>");
        if (oneBlock) {
            out.append("<th class=\"rot-col\">Rotation</th>");
        }
        for (int d = from; d <= to; d++) {
            LocalDate date = start.plusDays(d);
            DayOfWeek dow = date.getDayOfWeek();
            out.append("<th colspan=\"2\" class=\"day");
            if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) out.append(" we");
            if (d % blockDays == 0) out.append(" bs");
            List<String> dayRules = violations.onDay(d);
            if (dayRules != null) out.append(" violation");
            out.append('"');
            title(out, ViolationIndex.title(dayRules));
            out.append(" data-date=\"").append(date).append("\">")
                    .append(dow.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), 0, 2).append("<br/>")
                    .append(date.getDayOfMonth());
            if (d % blockDays == 0 || date.getDayOfMonth() == 1) {
                out.append("<span class=\"month\">").append(date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                        .append("</span>");
            }
            out.append("</th>");
        }
        out.append("</tr></thead><tbody>");
        int columns = 1 + (oneBlock ? 1 : 0) + 2 * (to - from + 1);
        String[] callByDay = calls(from, to);
        callRow(out, oneBlock, from, callByDay);
        group(out, "Residents", columns);
        for (ProgramDocument.Resident r : program.residents()) {
            if (shows(filter, r, firstBlock, lastBlock)) {
                personRow(out, r.id(), r.name(), "PGY-" + r.pgy(), oneBlock ? rotation(r.id(), firstBlock) : null,
                        oneBlock, from, to, callByDay);
            }
        }
        if (filter.showsFaculty() && program.faculty().stream().anyMatch(f -> filter.person() == null
                || filter.person().equals(f.id()))) {
            group(out, "Faculty", columns);
            for (ProgramDocument.Faculty f : program.faculty()) {
                if (filter.person() == null || filter.person().equals(f.id())) {
                    personRow(out, f.id(), f.name(), "Faculty", null, oneBlock, from, to, callByDay);
                }
            }
        }
        return out.append("</tbody></table>").toString();
    }

    private boolean shows(GridFilter filter, ProgramDocument.Resident r, int firstBlock, int lastBlock) {
        if (filter.person() != null && !filter.person().equals(r.id())) return false;
        if (filter.pgy() != null && !filter.pgy().equals(r.pgy())) return false;
        if (filter.rotation() != null) {
            for (int b = firstBlock; b <= lastBlock; b++) {
                if (filter.rotation().equals(rotation(r.id(), b))) return true;
            }
            return false;
        }
        return true;
    }

    private String[] calls(int from, int to) {
        String[] byDay = new String[to - from + 1];
        List<String> call = schedule.call();
        for (int d = from; d <= to && call != null && d < call.size(); d++) {
            byDay[d - from] = call.get(d);
        }
        return byDay;
    }

    /** Who is on call each night: one cell per day, {@code n_<date>}, the resident's id (name in the tooltip). */
    private void callRow(StringBuilder out, boolean rotationColumn, int from, String[] callByDay) {
        Map<String, String> names = new HashMap<>();
        program.residents().forEach(r -> names.put(r.id(), r.name()));
        out.append("<tr class=\"call-row\" id=\"call-row\"><th class=\"who\">On call <span class=\"tag\">night</span></th>");
        if (rotationColumn) {
            out.append("<td class=\"rot-col\"></td>");
        }
        for (int i = 0; i < callByDay.length; i++) {
            int d = from + i;
            String resident = callByDay[i];
            out.append("<td colspan=\"2\" id=\"n_").append(start.plusDays(d)).append("\" class=\"night");
            if (resident == null) out.append(" uncovered");
            if (d % blockDays == 0) out.append(" bs");
            out.append('"');
            title(out, resident == null ? "Nobody on call" : "On call: " + names.getOrDefault(resident, resident));
            out.append('>');
            Html.escape(out, resident == null ? "-" : resident).append("</td>");
        }
        out.append("</tr>");
    }

    private static void group(StringBuilder out, String label, int columns) {
        out.append("<tr class=\"group\"><th colspan=\"").append(columns).append("\">").append(label).append("</th></tr>");
    }

    private void personRow(StringBuilder out, String id, String name, String tag, String rotationId, boolean rotationColumn,
                           int from, int to, String[] callByDay) {
        String eid = Html.escape(id);
        out.append("<tr id=\"row_").append(eid).append("\" data-person=\"").append(eid).append("\"><th class=\"who\">");
        Html.escape(out, name).append(" <span class=\"tag\">").append(tag).append("</span></th>");
        if (rotationColumn) {
            out.append("<td class=\"rot-col\"");
            title(out, rotationNames.get(rotationId));
            out.append('>');
            Html.escape(out, rotationId == null ? "-" : rotationId).append("</td>");
        }
        List<String> sessions = schedule.days() == null ? null : schedule.days().get(id);
        for (int d = from; d <= to; d++) {
            String codes = sessions != null && d < sessions.size() ? sessions.get(d) : null;
            List<String> rules = violations.at(id, d);
            boolean onCall = id.equals(callByDay[d - from]);
            String iso = start.plusDays(d).toString();
            cell(out, eid, iso, "AM", codes == null || codes.isEmpty() ? '?' : codes.charAt(0), false, d % blockDays == 0, rules);
            cell(out, eid, iso, "PM", codes == null || codes.length() < 2 ? '?' : codes.charAt(1), onCall, false, rules);
        }
        out.append("</tr>");
    }

    private static void cell(StringBuilder out, String eid, String iso, String half, char code, boolean call,
                             boolean blockStart, List<String> rules) {
        out.append("<td id=\"c_").append(eid).append('_').append(iso).append('_').append(half).append("\" class=\"act-");
        out.append(isCode(code) ? code : 'X');
        if (call) out.append(" call");
        if (blockStart) out.append(" bs");
        if (rules != null) out.append(" violation");
        out.append('"');
        if (call || rules != null) {
            String title = (call ? "On call tonight" : "") + (call && rules != null ? "\n" : "")
                    + (rules == null ? "" : ViolationIndex.title(rules));
            title(out, title);
        }
        out.append('>').append(isCode(code) ? code : '?').append("</td>");
    }

    private static boolean isCode(char code) {
        return code == 'R' || code == 'C' || code == 'P' || code == 'O' || code == 'A';
    }

    private static void title(StringBuilder out, String title) {
        if (title != null) {
            out.append(" title=\"");
            Html.escape(out, title).append('"');
        }
    }

    /** Residents x blocks: the rotation of each block, coloured per rotation, broken rules outlined. */
    public String blocks(GridFilter filter) {
        int blocks = program.blocks();
        StringBuilder out = new StringBuilder(4096 + program.residents().size() * blocks * 90);
        out.append("<table class=\"block-grid\" id=\"blocks\"><thead><tr><th class=\"who\">Resident</th>");
        for (int b = 1; b <= blocks; b++) {
            LocalDate first = start.plusDays((long) (b - 1) * blockDays);
            out.append("<th data-block=\"").append(b).append("\">Block ").append(b).append("<span class=\"month\">")
                    .append(first.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ')
                    .append(first.getDayOfMonth()).append("</span></th>");
        }
        out.append("</tr></thead><tbody>");
        for (ProgramDocument.Resident r : program.residents()) {
            if (!shows(filter, r, 1, blocks)) {
                continue;
            }
            String eid = Html.escape(r.id());
            out.append("<tr id=\"brow_").append(eid).append("\" data-person=\"").append(eid).append("\"><th class=\"who\">");
            Html.escape(out, r.name()).append(" <span class=\"tag\">PGY-").append(r.pgy()).append("</span></th>");
            for (int b = 1; b <= blocks; b++) {
                String rotation = rotation(r.id(), b);
                String rules = violations.titleFor(r.id(), (b - 1) * blockDays, b * blockDays - 1);
                Integer index = rotationIndex.get(rotation);
                out.append("<td id=\"b_").append(eid).append('_').append(b).append("\" class=\"rot rot-")
                        .append(index == null ? "x" : String.valueOf(index % 10));
                if (rules != null) out.append(" violation");
                out.append('"');
                String name = rotationNames.getOrDefault(rotation, "no rotation");
                title(out, rules == null ? name : name + "\n" + rules);
                out.append('>');
                Html.escape(out, rotation == null ? "-" : rotation).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }
}
