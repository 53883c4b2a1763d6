package org.residency.scheduler.rules;

/**
 * {@code day-off-1-in-7}: in every rolling 28-day window a resident has at least 4 free days (OO or AA,
 * no call that night nor the night before): one day in seven free, averaged over four weeks, ACGME CPR
 * VI.F.2.c (2023) / 6.21.b (2025). Counts one per (resident, window) short of free days.
 */
final class DayOffRule implements HardRule {

    private static final int WINDOW = EightyHourRule.WINDOW;
    private static final int MIN_FREE = 4;

    @Override
    public String name() {
        return "day-off-1-in-7";
    }

    @Override
    public String citation() {
        return Acgme.ONE_DAY_IN_SEVEN;
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ProgramIndex p = ctx.program();
        ScheduleView s = ctx.schedule();
        int days = p.calendar.days();
        for (int r = 0; r < p.residents; r++) {
            int free = 0;
            for (int d = 0; d < days; d++) {
                free += (s.isFree(r, d) ? 1 : 0) - (d >= WINDOW && s.isFree(r, d - WINDOW) ? 1 : 0);
                int first = d - WINDOW + 1;
                if (first >= 0 && free < MIN_FREE) {
                    out.add(p.id(r), first, d, p.id(r) + " has " + free + " free day(s) in the 28 days from "
                            + ctx.calendar().iso(first) + " (at least " + MIN_FREE + ")");
                }
            }
        }
    }
}
