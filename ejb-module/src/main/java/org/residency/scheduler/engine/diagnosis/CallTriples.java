package org.residency.scheduler.engine.diagnosis;

import org.residency.scheduler.engine.Reason;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * With calls at least three nights apart, any three consecutive nights need three different residents.
 * By Hall's condition, the residents able to take those nights must then number at least one for each
 * night, two for each pair and three for all three.
 */
final class CallTriples {

    private final ProgramFacts f;
    private final CallCoverage.CallPool pool;

    CallTriples(ProgramFacts f, CallCoverage.CallPool pool) {
        this.f = f;
        this.pool = pool;
    }

    List<Reason> examine() {
        List<Reason> out = new ArrayList<>();
        BitSet[] able = new BitSet[f.days];
        for (int d = 0; d < f.days; d++) {
            able[d] = new BitSet();
            pool.present(d).forEach(able[d]::set);
        }
        int reportedBlock = -1;
        for (int d = 0; d + 2 < f.days; d++) {
            int block = d / f.blockDays;
            if (anyNightEmpty(able, d)) {
                continue; // told per night already
            }
            BitSet all = union(able[d], able[d + 1], able[d + 2]);
            int pairs = Math.min(union(able[d], able[d + 1]).cardinality(), Math.min(
                    union(able[d], able[d + 2]).cardinality(), union(able[d + 1], able[d + 2]).cardinality()));
            if (block != reportedBlock && (all.cardinality() < 3 || pairs < 2)) {
                reportedBlock = block;
                List<Integer> people = all.stream().boxed().toList();
                out.add(new Reason(CallCoverage.RULE, block + 1, f.residentIds(people), "Block " + (block + 1)
                        + ": the nights of " + f.date(d) + ", " + f.date(d + 1) + " and " + f.date(d + 2)
                        + " need three different residents on call (calls at least " + ProgramFacts.CALL_GAP
                        + " nights apart), but only " + people.size() + " resident(s) may take call on them"
                        + f.named(people) + (pairs < 2 && all.cardinality() >= 3
                        ? ", and two of those nights could only be taken by the same resident" : "") + "."));
            }
        }
        return out;
    }

    private static boolean anyNightEmpty(BitSet[] able, int d) {
        return able[d].isEmpty() || able[d + 1].isEmpty() || able[d + 2].isEmpty();
    }

    private static BitSet union(BitSet... sets) {
        BitSet all = new BitSet();
        for (BitSet s : sets) {
            all.or(s);
        }
        return all;
    }
}
