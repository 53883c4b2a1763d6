package org.residency.scheduler.rules;

/**
 * {@code supervision}: in every clinic session, PGY-1 / pgy1PerFaculty + senior / seniorPerFaculty is at
 * most the faculty precepting (P), multiplied out to integers (2 x PGY-1 + senior at most 4 x faculty
 * with the default 1:2 and 1:4). Counts one per session with residents at C. ACGME CPR VI.A.2 (2023)
 * requires supervision but sets no ratio; the ratios are the program's own (ACGME.md gives no 2025
 * number for it).
 */
final class SupervisionRule implements HardRule {

    @Override
    public String name() {
        return "supervision";
    }

    @Override
    public String citation() {
        return Acgme.SUPERVISION;
    }

    @Override
    public void check(RuleContext ctx, Violations out) {
        ProgramIndex p = ctx.program();
        ClinicTally tally = new ClinicTally(p, ctx.schedule());
        long unitsPerFaculty = (long) p.pgy1PerFaculty * p.seniorPerFaculty;
        for (int i = 0; i < tally.pgy1AtC.length; i++) {
            long needed = (long) tally.pgy1AtC[i] * p.seniorPerFaculty + (long) tally.seniorAtC[i] * p.pgy1PerFaculty;
            if (needed > tally.facultyAtP[i] * unitsPerFaculty) {
                int d = i / 2;
                out.add(null, d, d, ctx.calendar().iso(d) + " " + ClinicTally.half(i) + ": " + tally.pgy1AtC[i]
                        + " PGY-1 and " + tally.seniorAtC[i] + " PGY-2/3 in clinic need more than the "
                        + tally.facultyAtP[i] + " faculty precepting");
            }
        }
    }
}
