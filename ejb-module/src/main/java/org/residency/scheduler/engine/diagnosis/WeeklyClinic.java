package org.residency.scheduler.engine.diagnosis;

import org.residency.scheduler.engine.Reason;
import org.residency.scheduler.format.ProgramDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * A rotation outside the call pool whose {@code clinicPerWeek} exceeds the 10 weekday sessions of a week
 * cannot be held through an exact week (see {@link ExactWeeks}). Reported when someone must hold it
 * through one: a resident fixed to it (or with no other choice), or more of its minimum head-count than
 * there are residents with an absence or call in every week of the block.
 */
final class WeeklyClinic implements CountingArgument {

    private static final String RULE = "clinic-weekly";

    @Override
    public List<Reason> examine(ProgramFacts f) {
        List<Reason> out = new ArrayList<>();
        for (int x = 0; x < f.rotations.size(); x++) {
            ProgramDocument.Rotation rotation = f.rotations.get(x);
            if (!rotation.callPool() && rotation.clinicPerWeek() > ExactWeeks.WEEKDAY_SESSIONS) {
                for (int b = 0; b < f.blocks; b++) {
                    block(f, x, b, out);
                }
            }
        }
        return out;
    }

    private void block(ProgramFacts f, int x, int b, List<Reason> out) {
        ProgramDocument.Rotation rotation = f.rotations.get(x);
        String limit = rotation.id() + " asks for " + rotation.clinicPerWeek() + " clinic sessions a week, but a week"
                + " has only " + ExactWeeks.WEEKDAY_SESSIONS + " weekday sessions";
        List<Integer> spared = new ArrayList<>();
        for (int r : f.candidates(b, x)) {
            int week = ExactWeeks.firstExact(f, r, b);
            if (week < 0) {
                spared.add(r);
            } else if (f.forcedRotation(r, b) == x) {
                out.add(new Reason(RULE, b + 1, List.of(f.residents[r]), "Block " + (b + 1) + ": " + f.residents[r]
                        + " must be on " + rotation.id() + ", and the week from " + f.date(week) + " has no absence or"
                        + " call of theirs, so it needs exactly that many; " + limit + "."));
            }
        }
        if (spared.size() < rotation.minResidents()) {
            out.add(new Reason(RULE, b + 1, f.residentIds(f.candidates(b, x)), "Block " + (b + 1) + ": "
                    + rotation.id() + " needs at least " + rotation.minResidents() + " residents, but only "
                    + spared.size() + " of those who may be on it have an absence (or a possible post-call day) in every"
                    + " full week of the block; "
                    + "the others would need exactly " + rotation.clinicPerWeek() + " clinic sessions in a week"
                    + " without absence or call, and " + limit + "."));
        }
    }
}
