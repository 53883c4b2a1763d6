package org.residency.scheduler.rules;

/**
 * {@code precept-weekly}: in each 7-day week counted from the block's first day, a faculty member
 * precepts at most maxPreceptPerWeek P sessions. Counts one per (faculty member, week). Program rule,
 * no ACGME citation.
 */
final class PreceptWeeklyRule implements HardRule {

    @Override
    public String name() {
        return "precept-weekly";
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ProgramIndex p = ctx.program();
        YearCalendar cal = ctx.calendar();
        for (int f = 0; f < p.faculty(); f++) {
            int person = p.residents + f;
            for (int w = 0; w < cal.weeks(); w++) {
                int precepts = 0;
                for (int d = cal.weekStart(w); d < cal.weekEnd(w); d++) {
                    precepts += ctx.schedule().count(person, d, 'P');
                }
                if (precepts > p.maxPrecept[f]) {
                    out.add(p.id(person), cal.weekStart(w), cal.weekEnd(w) - 1, p.id(person) + " precepts "
                            + precepts + " sessions in the week from " + cal.iso(cal.weekStart(w))
                            + " (at most " + p.maxPrecept[f] + ")");
                }
            }
        }
    }
}
