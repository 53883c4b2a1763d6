package org.residency.scheduler.engine.diagnosis;

import org.residency.scheduler.engine.Reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Every night needs one resident on call from a call-pool rotation, present that day, and a resident's
 * calls are at least three nights apart. Per block this bounds how many nights the pool can cover: at
 * most as many residents as can be on pool rotations, each taking at most the nights that spacing,
 * absences and the 80-hour cap leave. Each night must also have someone present to take it.
 */
final class CallCoverage implements CountingArgument {

    static final String RULE = "call-coverage";
    private static final int DATES_SHOWN = 5;

    @Override
    public List<Reason> examine(ProgramFacts f) {
        List<Reason> out = new ArrayList<>();
        CallPool pool = new CallPool(f);
        for (int b = 0; b < f.blocks; b++) {
            List<String> uncovered = new ArrayList<>();
            for (int d = f.blockStart(b); d < f.blockStart(b) + f.blockDays; d++) {
                if (pool.present(d).isEmpty()) {
                    uncovered.add(f.date(d));
                }
            }
            if (!uncovered.isEmpty()) {
                out.add(new Reason(RULE, b + 1, f.residentIds(pool.candidates(b)), "Block " + (b + 1) + ": on "
                        + uncovered.size() + " night(s) (" + shown(uncovered) + ") no resident who may be on a"
                        + " call-pool rotation (" + pool.rotationIds() + ") is present to take call"
                        + f.named(pool.candidates(b)) + "."));
            } else {
                capacity(f, pool, b, out);
            }
        }
        out.addAll(new CallTriples(f, pool).examine());
        return out;
    }

    private void capacity(ProgramFacts f, CallPool pool, int b, List<Reason> out) {
        List<Integer> candidates = pool.candidates(b);
        int seats = pool.seats(b);
        List<Integer> nights = candidates.stream().map(r -> pool.mostNights(r, b))
                .sorted(Comparator.reverseOrder()).limit(seats).toList();
        int total = nights.stream().mapToInt(Integer::intValue).sum();
        if (total < f.blockDays) {
            out.add(new Reason(RULE, b + 1, f.residentIds(candidates), "Block " + (b + 1) + " has " + f.blockDays
                    + " nights to cover, but at most " + seats + " resident(s) can be on call-pool rotations ("
                    + pool.rotationIds() + ") then, of the " + candidates.size() + " who may"
                    + f.named(candidates) + ". With calls at least " + ProgramFacts.CALL_GAP
                    + " nights apart (at most " + pool.spacingLimit() + " each in " + f.blockDays
                    + " nights), none on an absent night" + pool.hoursNote() + ", they can take at most "
                    + nights.stream().map(String::valueOf).collect(Collectors.joining(" + ")) + " = " + total
                    + " nights."));
        }
    }

    static String shown(List<String> dates) {
        return String.join(", ", dates.subList(0, Math.min(DATES_SHOWN, dates.size())))
                + (dates.size() > DATES_SHOWN ? ", ..." : "");
    }

    /** Which residents may hold call in each block, and how much each can take. */
    static final class CallPool {

        private final ProgramFacts f;
        private final List<Integer> poolRotations;
        private final int hoursCap;
        private final List<List<Integer>> candidates = new ArrayList<>();

        CallPool(ProgramFacts f) {
            this.f = f;
            this.poolRotations = IntStream.range(0, f.rotations.size())
                    .filter(x -> f.rotations.get(x).callPool()).boxed().toList();
            this.hoursCap = DutyHours.callsPerWindow(f);
            for (int b = 0; b < f.blocks; b++) {
                int block = b;
                candidates.add(IntStream.range(0, f.residents.length)
                        .filter(r -> poolRotations.stream().anyMatch(x -> f.mayBeOn(r, block, x))).boxed().toList());
            }
        }

        /** Residents who may be on a call-pool rotation in block b. */
        List<Integer> candidates(int b) {
            return candidates.get(b);
        }

        /** Residents who may hold call on night d: on a pool rotation that block and not absent. */
        List<Integer> present(int d) {
            int b = d / f.blockDays;
            return candidates(b).stream().filter(r -> !f.residentAbsent[r][d]).toList();
        }

        /**
         * The most residents on pool rotations in block b: no more than may be, than the pool rotations
         * hold, nor than the residents left once the other rotations have their minimum.
         */
        int seats(int b) {
            int hold = poolRotations.stream().mapToInt(x -> f.rotations.get(x).maxResidents()).sum();
            int othersNeed = IntStream.range(0, f.rotations.size()).filter(x -> !f.rotations.get(x).callPool())
                    .map(x -> f.rotations.get(x).minResidents()).sum();
            return Math.max(0, Math.min(candidates(b).size(), Math.min(hold, f.residents.length - othersNeed)));
        }

        /** Calls at least CALL_GAP nights apart, none on an absent night: the greedy earliest choice is the most. */
        int mostNights(int r, int b) {
            int count = 0;
            int last = Integer.MIN_VALUE / 2;
            for (int d = f.blockStart(b); d < f.blockStart(b) + f.blockDays; d++) {
                if (!f.residentAbsent[r][d] && d - last >= ProgramFacts.CALL_GAP) {
                    count++;
                    last = d;
                }
            }
            return Math.min(count, hoursCap);
        }

        int spacingLimit() {
            return (f.blockDays + ProgramFacts.CALL_GAP - 1) / ProgramFacts.CALL_GAP;
        }

        String hoursNote() {
            return hoursCap >= spacingLimit() ? "" : " and at most " + hoursCap
                    + " per 28 days under the 80-hour limit";
        }

        String rotationIds() {
            return poolRotations.isEmpty() ? "none"
                    : poolRotations.stream().map(f::rotationId).collect(Collectors.joining(", "));
        }
    }
}
