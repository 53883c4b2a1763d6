package org.residency.scheduler.rules;

/**
 * {@code absence}: on a day of a program absence the person is AA and holds no call; on any other day
 * nobody is A. Counts one per (person, day) not AA when absent, one per call on an absent day, and one
 * per (person, day) with an A that no absence explains. Program rule, no ACGME citation.
 */
final class AbsenceRule implements HardRule {

    @Override
    public String name() {
        return "absence";
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ProgramIndex p = ctx.program();
        ScheduleView s = ctx.schedule();
        for (int person = 0; person < p.people(); person++) {
            for (int d = 0; d < p.calendar.days(); d++) {
                if (p.absent[person][d]) {
                    checkAbsentDay(ctx, person, d, out);
                } else if (s.count(person, d, 'A') > 0) {
                    out.add(p.id(person), d, d, p.id(person) + " " + ctx.calendar().iso(d) + ": scheduled "
                            + s.day(person, d) + " but has no absence that day");
                }
            }
        }
    }

    private static void checkAbsentDay(RuleContext ctx, int person, int d, Violations out) {
        ScheduleView s = ctx.schedule();
        String when = ctx.program().id(person) + " " + ctx.calendar().iso(d) + ": absent";
        if (!s.is(person, d, 'A', 'A')) {
            out.add(ctx.program().id(person), d, d, when + " but scheduled " + s.day(person, d));
        }
        if (s.onCall(person, d)) {
            out.add(ctx.program().id(person), d, d, when + " but on call");
        }
    }
}
