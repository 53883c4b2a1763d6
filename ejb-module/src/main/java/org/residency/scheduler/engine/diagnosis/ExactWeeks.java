package org.residency.scheduler.engine.diagnosis;

import java.util.List;

/**
 * The weeks in which clinic-weekly asks for exactly {@code clinicPerWeek} sessions, known before any
 * schedule exists: a full week of a block spent on a rotation outside the call pool, with no absence. Such
 * a resident cannot hold call in that block, so the week can have no call day, and no post-call day either
 * unless the night before the week is in the previous block and the resident may be in the call pool then.
 */
final class ExactWeeks {

    /** Weekday sessions in a full 7-day week (C only Monday to Friday). */
    static final int WEEKDAY_SESSIONS = 10;

    private ExactWeeks() {
    }

    /** Whether week {@code w0} of block b is exact for resident r, who is on non-pool rotation x in block b. */
    static boolean isExact(ProgramFacts f, int r, int b, int w0) {
        boolean afterPoolNight = w0 == f.blockStart(b) && b > 0 && mayHoldCall(f, r, b - 1);
        return !afterPoolNight && !f.absentDuring(f.residentAbsent[r], w0, w0 + 7);
    }

    /** The first exact week of block b for resident r, or -1. */
    static int firstExact(ProgramFacts f, int r, int b) {
        List<Integer> weeks = f.fullWeeks(b);
        return weeks.stream().filter(w0 -> isExact(f, r, b, w0)).findFirst().orElse(-1);
    }

    private static boolean mayHoldCall(ProgramFacts f, int r, int b) {
        for (int x = 0; x < f.rotations.size(); x++) {
            if (f.rotations.get(x).callPool() && f.mayBeOn(r, b, x)) {
                return true;
            }
        }
        return false;
    }
}
