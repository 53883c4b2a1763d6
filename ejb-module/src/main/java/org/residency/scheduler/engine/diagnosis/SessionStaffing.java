package org.residency.scheduler.engine.diagnosis;

import org.residency.scheduler.engine.Reason;
import org.residency.scheduler.format.ProgramDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A rotation with {@code minPerSession > 0} needs that many of its residents at work on every session it
 * staffs, in every block: it must be able to hold that many, someone must be able to take it, and enough
 * of those who may be on it must be present on each such day.
 */
final class SessionStaffing implements CountingArgument {

    private static final String RULE = "session-staffing";
    private static final int DATES_SHOWN = 5;

    @Override
    public List<Reason> examine(ProgramFacts f) {
        List<Reason> out = new ArrayList<>();
        for (int x = 0; x < f.rotations.size(); x++) {
            ProgramDocument.Rotation rotation = f.rotations.get(x);
            int need = rotation.minPerSession();
            if (need == 0 || !anyStaffedDay(f, x)) {
                continue;
            }
            int finalX = x;
            if (rotation.maxResidents() < need) {
                out.add(new Reason(RULE, null, List.of(), rotation.id() + " must have " + need
                        + " residents at work on every session it covers, but takes at most "
                        + rotation.maxResidents() + " residents in a block."));
            } else if (IntStream.range(0, f.residents.length).noneMatch(r -> f.canTake(r, finalX))) {
                out.add(new Reason(RULE, null, List.of(), rotation.id() + " must have " + need
                        + " residents at work on every session it covers, but no resident may take it (its PGY levels "
                        + rotation.pgy() + " and the curriculum)."));
            } else {
                for (int b = 0; b < f.blocks; b++) {
                    presence(f, x, b, out);
                }
            }
        }
        return out;
    }

    private static boolean anyStaffedDay(ProgramFacts f, int x) {
        return IntStream.range(0, Math.min(f.days, 7)).anyMatch(d -> f.staffed(x, d));
    }

    /** The days of block b on which fewer of the residents who may be on x are present than it needs. */
    private void presence(ProgramFacts f, int x, int b, List<Reason> out) {
        ProgramDocument.Rotation rotation = f.rotations.get(x);
        List<Integer> candidates = f.candidates(b, x);
        List<String> shortDays = new ArrayList<>();
        int fewest = Integer.MAX_VALUE;
        for (int d = f.blockStart(b); d < f.blockStart(b) + f.blockDays; d++) {
            if (f.staffed(x, d)) {
                int day = d;
                int present = (int) candidates.stream().filter(r -> !f.residentAbsent[r][day]).count();
                if (present < rotation.minPerSession()) {
                    shortDays.add(f.date(d));
                    fewest = Math.min(fewest, present);
                }
            }
        }
        if (!shortDays.isEmpty()) {
            out.add(new Reason(RULE, b + 1, f.residentIds(candidates), "Block " + (b + 1) + ": " + rotation.id()
                    + " needs " + rotation.minPerSession() + " residents at work on every session, but on "
                    + shortDays.size() + " day(s) (" + String.join(", ", shortDays.subList(0,
                    Math.min(DATES_SHOWN, shortDays.size()))) + (shortDays.size() > DATES_SHOWN ? ", ..." : "")
                    + ") as few as " + fewest + " of the " + candidates.size()
                    + " residents who may be on it are present" + f.named(candidates) + "."));
        }
    }
}
