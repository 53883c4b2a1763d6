package org.residency.scheduler.rules;

/**
 * {@code call-coverage}: every night exactly one resident holds in-house call, and their rotation that
 * block is in the call pool. Counts one per night. Program rule, no ACGME citation.
 */
final class CallCoverageRule implements HardRule {

    @Override
    public String name() {
        return "call-coverage";
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ProgramIndex p = ctx.program();
        ScheduleView s = ctx.schedule();
        YearCalendar cal = ctx.calendar();
        for (int d = 0; d < cal.days(); d++) {
            int c = s.caller[d];
            if (c == ScheduleView.NOBODY) {
                out.add(null, d, d, "Night of " + cal.iso(d) + ": nobody on call");
            } else if (c == ScheduleView.NOT_A_RESIDENT) {
                out.add(s.callIds[d], d, d, "Night of " + cal.iso(d) + ": " + s.callIds[d] + " is not a resident");
            } else {
                int x = s.rotation[c][cal.blockOf(d)];
                if (x < 0 || !p.rotations[x].callPool()) {
                    String from = x < 0 ? "no rotation" : p.rotations[x].id();
                    out.add(p.id(c), d, d, "Night of " + cal.iso(d) + ": " + p.id(c) + " is on call from "
                            + from + ", which is not in the call pool");
                }
            }
        }
    }
}
