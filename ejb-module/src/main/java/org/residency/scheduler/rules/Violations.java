package org.residency.scheduler.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects violations rule by rule; the validator opens each rule before running it, so a rule only
 * says who, when and what. Counts keep the order in which rules were opened.
 */
public final class Violations {

    private final YearCalendar calendar;
    private final List<Violation> all = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private HardRule current;

    Violations(YearCalendar calendar) {
        this.calendar = calendar;
    }

    void open(HardRule rule) {
        current = rule;
        counts.put(rule.name(), 0);
    }

    /** One violation of the open rule by {@code person} (null: nobody in particular) on days first..last. */
    public void add(String person, int firstDay, int lastDay, String message) {
        all.add(new Violation(current.name(), person, calendar.iso(firstDay), calendar.iso(lastDay),
                message, current.citation()));
        counts.merge(current.name(), 1, Integer::sum);
    }

    List<Violation> all() {
        return all;
    }

    Map<String, Integer> counts() {
        return counts;
    }
}
