package org.residency.scheduler.rules;

/**
 * {@code call-day}: the resident on call works their rotation (R) in both sessions of that day, so the
 * call is one continuous in-house shift of at most 24 + 4 hours with the free post-call day: ACGME CPR
 * VI.F.3.a (2023) / 6.22 (2025). Counts one per call night.
 */
final class CallDayRule implements HardRule {

    @Override
    public String name() {
        return "call-day";
    }

    @Override
    public String citation() {
        return Acgme.CONTINUOUS_24_PLUS_4;
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ScheduleView s = ctx.schedule();
        for (int d = 0; d < s.caller.length; d++) {
            int c = s.caller[d];
            if (c >= 0 && !s.is(c, d, 'R', 'R')) {
                String id = ctx.program().id(c);
                out.add(id, d, d, id + " is on call the night of " + ctx.calendar().iso(d) + " but scheduled "
                        + s.day(c, d) + " that day, needs RR");
            }
        }
    }
}
