package org.residency.scheduler.engine;

import java.util.List;

/**
 * Why no schedule exists (or why the engine could not find one), in a coordinator's words.
 *
 * @param rule    the format's rule name the problem is about (e.g. {@code call-coverage}, {@code curriculum})
 * @param block   the 1-based block concerned, or {@code null} when it concerns the whole year
 * @param people  the residents or faculty involved (ids), possibly empty
 * @param message the explanation, with the counting argument where there is one
 */
public record Reason(String rule, Integer block, List<String> people, String message) {

    public Reason {
        people = List.copyOf(people);
    }
}
