package org.residency.scheduler.engine;

import org.residency.scheduler.engine.diagnosis.ProgramDiagnosis;
import org.residency.scheduler.format.ProgramDocument;

import java.util.ArrayList;
import java.util.List;

/** Explains, in a coordinator's words, why a program or a stage of it has no solution. */
final class Diagnosis {

    private Diagnosis() {
    }

    /** Counting arguments that prove a program impossible before any solver runs (under a second). */
    static List<Reason> beforeSolving(ProgramDocument program) {
        return ProgramDiagnosis.check(program);
    }

    /** Stage 1 was proved infeasible but no counting argument names the cause. */
    static List<Reason> noBlockPlan(ProgramDocument program) {
        return List.of(new Reason("curriculum", null, List.of(),
                "No block plan satisfies the curriculum ranges, the fixed blocks, the rotation head-counts "
                        + "and the daily staffing and call-pool presence together; the solver proved it. "
                        + "Widen a curriculum range or a rotation's head-count, or remove a fixed block."));
    }

    /**
     * The groups of rules the solver found impossible together, merged per rule and block so that a
     * core of many similar nights reads as one reason.
     */
    static List<Reason> summarise(List<Reason> core) {
        java.util.Map<String, List<Reason>> byRuleAndBlock = new java.util.LinkedHashMap<>();
        for (Reason reason : core) {
            byRuleAndBlock.computeIfAbsent(reason.rule() + "/" + reason.block(), k -> new ArrayList<>()).add(reason);
        }
        List<Reason> merged = new ArrayList<>();
        merged.add(new Reason("infeasible", null, List.of(), "No block plan exists: the rules below cannot all hold "
                + "together (the solver proved it); relaxing any one of them may make the program solvable."));
        for (List<Reason> group : byRuleAndBlock.values()) {
            Reason first = group.get(0);
            List<String> people = group.stream().flatMap(r -> r.people().stream()).distinct().toList();
            String message = group.size() == 1 ? first.message()
                    : first.message() + " (and " + (group.size() - 1) + " more like it)";
            merged.add(new Reason(first.rule(), first.block(), people, message));
        }
        return merged;
    }

    /** The call rota was proved infeasible for the block plan: name the blocks whose pool looks short. */
    static List<Reason> noCallRota(Instance in, int[][] plan) {
        List<Reason> reasons = new ArrayList<>();
        int perResident = (in.blockDays + Instance.CALL_GAP - 1) / Instance.CALL_GAP;
        for (int b = 0; b < in.blocks; b++) {
            List<String> pool = new ArrayList<>();
            int capacity = 0;
            for (int r = 0; r < in.residents(); r++) {
                if (in.rotations[plan[r][b]].callPool()) {
                    pool.add(in.residentIds[r]);
                    int present = 0;
                    for (int d = in.firstDay(b); d < in.firstDay(b + 1); d++) {
                        present += in.residentAbsent[r][d] ? 0 : 1;
                    }
                    capacity += Math.min(perResident, (present + Instance.CALL_GAP - 1) / Instance.CALL_GAP);
                }
            }
            if (capacity < in.blockDays) {
                reasons.add(new Reason("call-coverage", b + 1, pool, "Block " + (b + 1) + " has " + pool.size()
                        + " call-pool residents; at one call in three nights, less their absences, they can "
                        + "cover at most " + capacity + " of its " + in.blockDays + " nights."));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(new Reason("call-coverage", null, List.of(), "No call rota covers every night with the "
                    + "planned call pools while keeping q3 spacing, absences and staffing after post-call days."));
        }
        return reasons;
    }
}
