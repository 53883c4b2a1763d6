package org.residency.scheduler.rules;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Deterministic random edits of a schedule that stay well-shaped (valid codes, right lengths) but break
 * hard rules: the kinds of mistakes a coordinator or a solver makes. Seeded, so a failing case repeats.
 */
final class ScheduleMutator {

    private static final String[] RESIDENT_DAYS = {"OO", "RR", "CC", "AA", "RC", "CR", "OR", "RO", "CO", "AO"};
    private static final String[] FACULTY_DAYS = {"OO", "PP", "AA", "PO", "OP", "AP"};

    private final ProgramDocument program;
    private final Random random;
    private final List<String> residents;
    private final List<String> faculty;
    private final int days;
    private final List<Consumer<Editable>> kinds = List.of(
            this::sessionCode, this::dayCode, this::moveCall, this::callNobody, this::callNonResident,
            this::swapBlockRotations, this::changeBlockRotation, this::workAbsentDay, this::absentWithoutLeave,
            this::callTwiceInARow, this::workStreak, this::crowdClinic, this::facultyOff, this::preceptAllWeek,
            this::callOnWorkedDay);

    ScheduleMutator(ProgramDocument program, long seed) {
        this.program = program;
        this.random = new Random(seed);
        this.residents = program.residents().stream().map(ProgramDocument.Resident::id).toList();
        this.faculty = program.faculty().stream().map(ProgramDocument.Faculty::id).toList();
        this.days = program.blocks() * program.blockDays();
    }

    /** A copy of {@code base} with {@code edits} random edits. */
    ScheduleDocument mutate(ScheduleDocument base, int edits) {
        Editable s = new Editable(base);
        for (int i = 0; i < edits; i++) {
            kinds.get(random.nextInt(kinds.size())).accept(s);
        }
        return s.toDocument(base);
    }

    private void sessionCode(Editable s) {
        String p = anyPerson();
        String codes = residents.contains(p) ? "RCOA" : "POA";
        int d = random.nextInt(days);
        char c = codes.charAt(random.nextInt(codes.length()));
        String day = s.days.get(p).get(d);
        s.days.get(p).set(d, random.nextBoolean() ? c + day.substring(1) : day.charAt(0) + "" + c);
    }

    private void dayCode(Editable s) {
        String p = anyPerson();
        String[] choices = residents.contains(p) ? RESIDENT_DAYS : FACULTY_DAYS;
        s.days.get(p).set(random.nextInt(days), choices[random.nextInt(choices.length)]);
    }

    private void moveCall(Editable s) {
        s.call.set(random.nextInt(days), pick(residents));
    }

    private void callNobody(Editable s) {
        s.call.set(random.nextInt(days), null);
    }

    private void callNonResident(Editable s) {
        s.call.set(random.nextInt(days), random.nextBoolean() ? pick(faculty) : "NOBODY-" + random.nextInt(9));
    }

    private void swapBlockRotations(Editable s) {
        int b = random.nextInt(program.blocks());
        List<String> a = s.blocks.get(pick(residents));
        List<String> c = s.blocks.get(pick(residents));
        String x = a.get(b);
        a.set(b, c.get(b));
        c.set(b, x);
    }

    private void changeBlockRotation(Editable s) {
        int roll = random.nextInt(10);
        String x = roll == 0 ? null : roll == 1 ? "NOT-A-ROTATION"
                : program.rotations().get(random.nextInt(program.rotations().size())).id();
        s.blocks.get(pick(residents)).set(random.nextInt(program.blocks()), x);
    }

    private void workAbsentDay(Editable s) {
        if (program.absences() == null || program.absences().isEmpty()) {
            sessionCode(s);
            return;
        }
        ProgramDocument.Absence a = pick(program.absences());
        int d = dayOf(a.start()) + random.nextInt(dayOf(a.end()) - dayOf(a.start()) + 1);
        if (d < 0 || d >= days) {
            return;
        }
        boolean resident = residents.contains(a.person());
        if (resident && random.nextBoolean()) {
            s.call.set(d, a.person());
        } else {
            s.days.get(a.person()).set(d, resident ? "RR" : "PP");
        }
    }

    private void absentWithoutLeave(Editable s) {
        s.days.get(anyPerson()).set(random.nextInt(days), random.nextBoolean() ? "AA" : "OA");
    }

    private void callTwiceInARow(Editable s) {
        int d = random.nextInt(days - 1);
        String r = s.call.get(d) == null ? pick(residents) : s.call.get(d);
        s.call.set(d + 1 + random.nextInt(Math.min(2, days - d - 1)), r);
    }

    private void workStreak(Editable s) {
        String r = pick(residents);
        int from = random.nextInt(days);
        for (int d = from; d < Math.min(days, from + 8 + random.nextInt(20)); d++) {
            s.days.get(r).set(d, "RR");
        }
    }

    private void crowdClinic(Editable s) {
        int d = random.nextInt(days);
        int session = random.nextInt(2);
        for (String r : residents) {
            if (random.nextInt(3) == 0) {
                String day = s.days.get(r).get(d);
                s.days.get(r).set(d, session == 0 ? "C" + day.charAt(1) : day.charAt(0) + "C");
            }
        }
    }

    private void facultyOff(Editable s) {
        int d = random.nextInt(days);
        for (String f : faculty) {
            if (random.nextBoolean()) {
                s.days.get(f).set(d, "OO");
            }
        }
    }

    private void preceptAllWeek(Editable s) {
        String f = pick(faculty);
        int from = random.nextInt(days);
        for (int d = from; d < Math.min(days, from + 7); d++) {
            s.days.get(f).set(d, "PP");
        }
    }

    /** A call given to a resident on a day they are not RR, or the day before a worked day. */
    private void callOnWorkedDay(Editable s) {
        String r = pick(residents);
        int d = random.nextInt(days);
        s.call.set(d, r);
        if (d + 1 < days && random.nextBoolean()) {
            s.days.get(r).set(d + 1, "RR");
        }
    }

    private int dayOf(String iso) {
        return (int) (LocalDate.parse(iso).toEpochDay() - LocalDate.parse(program.start()).toEpochDay());
    }

    private String anyPerson() {
        return random.nextInt(4) == 0 ? pick(faculty) : pick(residents);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Mutable copies of a schedule's tables. */
    private static final class Editable {
        final Map<String, List<String>> blocks = new LinkedHashMap<>();
        final Map<String, List<String>> days = new LinkedHashMap<>();
        final List<String> call;

        Editable(ScheduleDocument s) {
            s.blocks().forEach((k, v) -> blocks.put(k, new ArrayList<>(v)));
            s.days().forEach((k, v) -> days.put(k, new ArrayList<>(v)));
            call = new ArrayList<>(s.call());
        }

        ScheduleDocument toDocument(ScheduleDocument base) {
            return new ScheduleDocument(base.format(), base.program(), blocks, days, call);
        }
    }
}
