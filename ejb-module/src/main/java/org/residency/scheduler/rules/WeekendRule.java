package org.residency.scheduler.rules;

/**
 * {@code weekend}: continuity clinic (a resident's C, a faculty member's P) runs Monday to Friday only,
 * and on a rotation that does not work weekends Saturday and Sunday are O or A. Counts one per (person,
 * weekend day). Program rule, no ACGME citation.
 */
final class WeekendRule implements HardRule {

    @Override
    public String name() {
        return "weekend";
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ProgramIndex p = ctx.program();
        ScheduleView s = ctx.schedule();
        YearCalendar cal = ctx.calendar();
        for (int person = 0; person < p.people(); person++) {
            for (int d = 0; d < cal.days(); d++) {
                if (!cal.isWeekend(d)) {
                    continue;
                }
                if (s.count(person, d, 'C') + s.count(person, d, 'P') > 0) {
                    out.add(p.id(person), d, d, when(ctx, person, d) + ", but clinic is Monday to Friday");
                } else if (worksOnWeekendOff(ctx, person, d)) {
                    String rot = p.rotations[s.rotation[person][cal.blockOf(d)]].id();
                    out.add(p.id(person), d, d, when(ctx, person, d) + " on " + rot + ", which has weekends off");
                }
            }
        }
    }

    private static String when(RuleContext ctx, int person, int d) {
        return ctx.program().id(person) + " " + ctx.calendar().iso(d) + " (" + ctx.calendar().dayOfWeek(d) + "): "
                + ctx.schedule().day(person, d);
    }

    private static boolean worksOnWeekendOff(RuleContext ctx, int person, int d) {
        if (!ctx.program().isResident(person)) {
            return false;
        }
        ScheduleView s = ctx.schedule();
        int x = s.rotation[person][ctx.calendar().blockOf(d)];
        return x >= 0 && !ctx.program().rotations[x].worksWeekends()
                && s.count(person, d, 'O') + s.count(person, d, 'A') < 2;
    }
}
