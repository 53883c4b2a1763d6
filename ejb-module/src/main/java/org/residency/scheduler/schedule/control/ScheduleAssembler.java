package org.residency.scheduler.schedule.control;

import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.program.entity.Person;
import org.residency.scheduler.program.entity.Program;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Puts rows read in any order back into a schedule document: each row lands at its index, and the people
 * come out in the program's order (residents, then faculty), which is the order the format lists them.
 */
public final class ScheduleAssembler {

    private final Program program;
    private final String label;
    private final Map<String, String[]> blocks = new LinkedHashMap<>();
    private final Map<String, String[]> days = new LinkedHashMap<>();
    private final String[] call;

    public ScheduleAssembler(Program program, String label) {
        this.program = program;
        this.label = label;
        this.call = new String[program.getDays()];
        Stream.concat(program.getResidents().stream(), program.getFaculty().stream()).map(Person::getExternalId)
                .forEach(id -> days.put(id, null));
        program.getResidents().forEach(r -> blocks.put(r.getExternalId(), null));
    }

    public void block(String resident, int block, String rotation) {
        blocks.computeIfAbsent(resident, k -> new String[program.getBlocks()])[block] = rotation;
    }

    public void day(String person, int day, String codes) {
        days.computeIfAbsent(person, k -> new String[program.getDays()])[day] = codes;
    }

    public void call(int night, String resident) {
        call[night] = resident;
    }

    public ScheduleDocument document() {
        return new ScheduleDocument(ScheduleDocument.FORMAT, label, lists(blocks), lists(days), Arrays.asList(call));
    }

    /** People the schedule has no rows for (added to the program after it was stored) are left out. */
    private static Map<String, List<String>> lists(Map<String, String[]> rows) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        rows.forEach((id, row) -> {
            if (row != null) {
                result.put(id, Arrays.asList(row));
            }
        });
        return result;
    }
}
