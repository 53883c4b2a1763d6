package org.residency.scheduler.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shape checks of {@code check.py}'s {@code _schedule}: a {@code residency-schedule/1} document against
 * its program. A rotation id that is not the program's is shape-valid here (the rules report it), and so is a
 * call entry that names nobody, exactly as in check.py.
 */
public final class ScheduleChecks {

    static final String RESIDENT_CODES = "RCOA";
    static final String FACULTY_CODES = "POA";

    private final Findings findings = new Findings();
    private final ProgramDocument program;
    private final List<String> residents;
    private final List<String> people;
    private final int days;

    private ScheduleChecks(ProgramDocument program) {
        this.program = program;
        this.residents = program.residents().stream().map(ProgramDocument.Resident::id).toList();
        this.people = Stream.concat(residents.stream(), program.faculty().stream().map(ProgramDocument.Faculty::id))
                .toList();
        this.days = program.blocks() * program.blockDays();
    }

    /** Checks the program first: a schedule is only judged against a well-formed program. */
    public static List<FieldError> check(ProgramDocument program, ScheduleDocument schedule) {
        List<FieldError> programErrors = ProgramChecks.check(program);
        if (!programErrors.isEmpty()) {
            return programErrors;
        }
        ScheduleChecks checks = new ScheduleChecks(program);
        if (checks.findings.need(schedule != null, "schedule", "expected a JSON object")) {
            checks.all(schedule);
        }
        return checks.findings.list();
    }

    private void all(ScheduleDocument s) {
        findings.need(ScheduleDocument.FORMAT.equals(s.format()), "schedule.format",
                "expected \"" + ScheduleDocument.FORMAT + "\", got " + Values.show(s.format()));
        if (program.name() != null) {
            findings.need(program.name().equals(s.program()), "schedule.program",
                    Values.show(s.program()) + " is not this program's name '" + program.name() + "'");
        }
        blocks(s.blocks());
        days(s.days());
        findings.need(s.call() != null && s.call().size() == days, "schedule.call",
                "expected a list of " + days + " resident ids or nulls");
    }

    private void blocks(Map<String, List<String>> blocks) {
        if (table(blocks, residents, "schedule.blocks")) {
            for (String r : residents) {
                List<String> row = blocks.get(r);
                findings.need(row != null && row.size() == program.blocks(), "schedule.blocks." + r,
                        "expected a list of " + program.blocks() + " rotation ids");
            }
        }
    }

    private void days(Map<String, List<String>> table) {
        if (!table(table, people, "schedule.days")) {
            return;
        }
        for (String pid : people) {
            List<String> row = table.get(pid);
            String where = "schedule.days." + pid;
            if (findings.need(row != null && row.size() == days, where,
                    "expected a list of " + days + " day strings")) {
                codes(row, where, residents.contains(pid) ? RESIDENT_CODES : FACULTY_CODES);
            }
        }
    }

    private void codes(List<String> row, String where, String codes) {
        LocalDate start = LocalDate.parse(program.start());
        for (int d = 0; d < row.size(); d++) {
            String v = row.get(d);
            boolean ok = v != null && v.length() == 2 && codes.indexOf(v.charAt(0)) >= 0
                    && codes.indexOf(v.charAt(1)) >= 0;
            findings.need(ok, where + "[" + d + "]", "(" + start.plusDays(d) + "): " + Values.show(v)
                    + " is not two of " + codes.chars().mapToObj(c -> String.valueOf((char) c))
                    .collect(Collectors.joining(", ")));
        }
    }

    /** check.py's {@code _same_people}: the table is an object with exactly these keys. */
    private boolean table(Map<String, List<String>> table, List<String> ids, String where) {
        if (!findings.need(table != null, where, "expected an object")) {
            return false;
        }
        List<String> missing = ids.stream().filter(id -> !table.containsKey(id)).limit(5).toList();
        List<String> extra = new ArrayList<>(table.keySet());
        extra.removeAll(ids);
        boolean complete = findings.need(missing.isEmpty(), where, "missing " + String.join(", ", missing));
        boolean known = findings.need(extra.isEmpty(), where,
                "unknown " + String.join(", ", extra.subList(0, Math.min(5, extra.size()))));
        return complete && known;
    }
}
