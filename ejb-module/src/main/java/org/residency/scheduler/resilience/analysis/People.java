package org.residency.scheduler.resilience.analysis;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.rules.YearCalendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Residents then faculty by index, with their absent days, block rotations, clinic sessions and calls. */
final class People {

    private final ProgramDocument program;
    private final ScheduleDocument schedule;
    private final String[] ids;
    private final boolean[][] absent;
    private final Map<String, ProgramDocument.Rotation> rotations = new HashMap<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final int residents;

    People(ProgramDocument program, ScheduleDocument schedule) {
        this.program = program;
        this.schedule = schedule;
        this.residents = program.residents().size();
        int days = program.blocks() * program.blockDays();
        this.ids = new String[residents + program.faculty().size()];
        for (int r = 0; r < residents; r++) {
            ids[r] = program.residents().get(r).id();
        }
        for (int f = 0; f < program.faculty().size(); f++) {
            ids[residents + f] = program.faculty().get(f).id();
        }
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        program.rotations().forEach(x -> rotations.put(x.id(), x));
        this.absent = new boolean[ids.length][days];
        LocalDate start = LocalDate.parse(program.start());
        List<ProgramDocument.Absence> absences = program.absences() == null ? List.of() : program.absences();
        for (ProgramDocument.Absence a : absences) {
            Integer person = index.get(a.person());
            if (person == null) {
                continue;
            }
            long from = Math.max(0, LocalDate.parse(a.start()).toEpochDay() - start.toEpochDay());
            long to = Math.min(days - 1L, LocalDate.parse(a.end()).toEpochDay() - start.toEpochDay());
            for (long d = from; d <= to; d++) {
                absent[person][(int) d] = true;
            }
        }
    }

    int residents() {
        return residents;
    }

    int faculty() {
        return ids.length - residents;
    }

    int presentDays(int person, int first, int end) {
        int n = 0;
        for (int d = first; d < end; d++) {
            n += absent[person][d] ? 0 : 1;
        }
        return n;
    }

    int presentWeekdays(int person, YearCalendar calendar, int first, int end) {
        int n = 0;
        for (int d = first; d < end; d++) {
            n += absent[person][d] || calendar.isWeekend(d) ? 0 : 1;
        }
        return n;
    }

    /** The clinic-weekly rule asks only "at most" of a week with an absence, a call or a post-call day. */
    boolean exemptFromClinicQuota(int resident, int first, int end) {
        String id = ids[resident];
        for (int d = first; d < end; d++) {
            if (absent[resident][d] || id.equals(callOn(d)) || id.equals(callOn(d - 1))) {
                return true;
            }
        }
        return false;
    }

    int clinicQuota(int resident, int block) {
        List<String> plan = schedule.blocks().get(ids[resident]);
        ProgramDocument.Rotation rotation = plan == null || block >= plan.size() ? null : rotations.get(plan.get(block));
        return rotation == null ? 0 : rotation.clinicPerWeek();
    }

    /** Residents of PGY 1 ({@code junior}) or PGY 2/3 at C in the given session. */
    int inClinic(int day, int half, boolean junior) {
        int n = 0;
        for (int r = 0; r < residents; r++) {
            if ((program.residents().get(r).pgy() == 1) != junior) {
                continue;
            }
            List<String> days = schedule.days().get(ids[r]);
            if (days != null && day < days.size() && days.get(day).charAt(half) == 'C') {
                n++;
            }
        }
        return n;
    }

    private String callOn(int night) {
        return night < 0 || night >= schedule.call().size() ? null : schedule.call().get(night);
    }
}
