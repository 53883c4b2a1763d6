package org.residency.scheduler.rules;

import java.util.Arrays;

/**
 * {@code session-staffing}: in every session a rotation runs (weekends too where it works weekends), at
 * least minPerSession of the residents on it that block are at R, also in a block where nobody is on
 * it. Counts one per (session, rotation) short of staff. Program rule, no ACGME citation.
 */
final class SessionStaffingRule implements HardRule {

    private static final String[] HALF = {"AM", "PM"};

    @Override
    public String name() {
        return "session-staffing";
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        RotationSpec[] rotations = ctx.program().rotations;
        YearCalendar cal = ctx.calendar();
        int[] atR = new int[rotations.length];
        for (int d = 0; d < cal.days(); d++) {
            for (int s = 0; s < 2; s++) {
                countAtR(ctx.schedule(), cal.blockOf(d), 2 * d + s, atR);
                for (int x = 0; x < rotations.length; x++) {
                    RotationSpec rot = rotations[x];
                    boolean runs = rot.worksWeekends() || !cal.isWeekend(d);
                    if (runs && atR[x] < rot.minPerSession()) {
                        out.add(null, d, d, cal.iso(d) + " " + HALF[s] + ": " + atR[x] + " resident(s) at R on "
                                + rot.id() + ", needs " + rot.minPerSession());
                    }
                }
            }
        }
    }

    private static void countAtR(ScheduleView s, int block, int session, int[] atR) {
        Arrays.fill(atR, 0);
        for (int r = 0; r < s.rotation.length; r++) {
            int x = s.rotation[r][block];
            if (x >= 0 && s.codes[r][session] == 'R') {
                atR[x]++;
            }
        }
    }
}
