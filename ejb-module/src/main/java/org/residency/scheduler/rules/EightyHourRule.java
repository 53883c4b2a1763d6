package org.residency.scheduler.rules;

/**
 * {@code hours-80}: in every rolling 28-day window of the year a person works at most 320 hours
 * (halfDay per R, C or P session plus callNight per call): 80 hours a week averaged over four weeks,
 * ACGME CPR VI.F.1 (2023) / 6.20 (2025). Counts one per (person, window) over the limit; a year shorter
 * than 28 days has no window.
 */
final class EightyHourRule implements HardRule {

    static final int WINDOW = 28;
    private static final int MAX_HOURS = 320;

    @Override
    public String name() {
        return "hours-80";
    }

    @Override
    public String citation() {
        return Acgme.HOURS_80;
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ProgramIndex p = ctx.program();
        ScheduleView s = ctx.schedule();
        int days = p.calendar.days();
        long[] hours = new long[days];
        for (int person = 0; person < p.people(); person++) {
            for (int d = 0; d < days; d++) {
                hours[d] = p.halfDay * s.worked(person, d) + (s.onCall(person, d) ? p.callNight : 0);
            }
            long sum = 0;
            for (int d = 0; d < days; d++) {
                sum += hours[d] - (d >= WINDOW ? hours[d - WINDOW] : 0);
                int first = d - WINDOW + 1;
                if (first >= 0 && sum > MAX_HOURS * 100L) {
                    out.add(p.id(person), first, d, p.id(person) + " works " + hoursText(sum) + " h in the 28 days from "
                            + ctx.calendar().iso(first) + " (limit " + MAX_HOURS + ")");
                }
            }
        }
    }

    private static String hoursText(long hundredths) {
        return java.math.BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }
}
