package org.residency.scheduler.lifecycle.control;

import org.residency.scheduler.rules.Violation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a change does to the hard rules: violations after it that were not there before (as a multiset:
 * a second identical violation is new too), and violations before it that are gone.
 */
public record ViolationDiff(List<Violation> introduced, List<Violation> resolved) {

    public static ViolationDiff between(List<Violation> before, List<Violation> after) {
        return new ViolationDiff(minus(after, before), minus(before, after));
    }

    public boolean breaksRules() {
        return !introduced.isEmpty();
    }

    private static List<Violation> minus(List<Violation> from, List<Violation> remove) {
        Map<Violation, Integer> left = new HashMap<>();
        remove.forEach(v -> left.merge(v, 1, Integer::sum));
        List<Violation> out = new ArrayList<>();
        for (Violation v : from) {
            if (left.getOrDefault(v, 0) > 0) {
                left.merge(v, -1, Integer::sum);
            } else {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }
}
