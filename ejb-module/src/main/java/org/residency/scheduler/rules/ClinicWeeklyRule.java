package org.residency.scheduler.rules;

/**
 * {@code clinic-weekly}: in each 7-day week counted from the block's first day, a resident has at most
 * their rotation's clinicPerWeek C sessions, and exactly that many in a full week without any absence,
 * call or post-call day of theirs (a block's last, shorter week has only the "at most"). Counts one per
 * (resident, week). Program rule, no ACGME citation.
 */
final class ClinicWeeklyRule implements HardRule {

    @Override
    public String name() {
        return "clinic-weekly";
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ProgramIndex p = ctx.program();
        YearCalendar cal = ctx.calendar();
        for (int r = 0; r < p.residents; r++) {
            for (int w = 0; w < cal.weeks(); w++) {
                int x = ctx.schedule().rotation[r][cal.weekBlock(w)];
                if (x >= 0) {
                    checkWeek(ctx, r, w, p.rotations[x], out);
                }
            }
        }
    }

    private static void checkWeek(RuleContext ctx, int r, int w, RotationSpec rot, Violations out) {
        ScheduleView s = ctx.schedule();
        YearCalendar cal = ctx.calendar();
        int w0 = cal.weekStart(w);
        int w1 = cal.weekEnd(w);
        int clinic = 0;
        boolean busy = false;
        for (int d = w0; d < w1; d++) {
            clinic += s.count(r, d, 'C');
            busy |= ctx.program().absent[r][d] || s.onCall[r][d] || (d > 0 && s.onCall[r][d - 1]);
        }
        boolean tooMany = clinic > rot.clinicPerWeek();
        boolean tooFew = clinic < rot.clinicPerWeek() && w1 - w0 == 7 && !busy;
        if (tooMany || tooFew) {
            String id = ctx.program().id(r);
            out.add(id, w0, w1 - 1, id + " has " + clinic + " clinic session(s) in the week from " + cal.iso(w0)
                    + " on " + rot.id() + ", needs " + (tooMany ? "at most " : "exactly ") + rot.clinicPerWeek());
        }
    }
}
