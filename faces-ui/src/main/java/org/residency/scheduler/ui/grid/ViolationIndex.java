package org.residency.scheduler.ui.grid;

import org.residency.scheduler.rules.Violation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each violation shows in the grid: the days of the person it names, or (for a session or block rule
 * with no person) the day columns. A cell's tooltip lists every rule broken there.
 */
public final class ViolationIndex {

    private final LocalDate start;
    private final int days;
    private final Map<String, List<String>[]> byPerson = new HashMap<>();
    private final List<String>[] byDay;

    @SuppressWarnings("unchecked")
    public ViolationIndex(LocalDate start, int days, List<Violation> violations) {
        this.start = start;
        this.days = days;
        this.byDay = new List[days];
        for (Violation v : violations) {
            int first = day(v.firstDate(), 0);
            int last = day(v.lastDate(), first);
            List<String>[] target = v.personId() == null ? byDay
                    : byPerson.computeIfAbsent(v.personId(), k -> new List[days]);
            String text = describe(v);
            for (int d = Math.max(0, first); d <= Math.min(days - 1, last); d++) {
                if (target[d] == null) {
                    target[d] = new ArrayList<>(1);
                }
                target[d].add(text);
            }
        }
    }

    /** "rule: message (citation)", as the tooltip and the list under the grid show it. */
    public static String describe(Violation v) {
        return v.rule() + ": " + v.message() + (v.citation() == null ? "" : " (" + v.citation() + ")");
    }

    private int day(String iso, int fallback) {
        if (iso == null) {
            return fallback;
        }
        try {
            return (int) ChronoUnit.DAYS.between(start, LocalDate.parse(iso));
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    /** The rules this person breaks on this day, or null. */
    List<String> at(String personId, int day) {
        List<String>[] person = byPerson.get(personId);
        return person == null || day < 0 || day >= days ? null : person[day];
    }

    /** The session and block rules (no person) broken on this day, or null. */
    List<String> onDay(int day) {
        return day < 0 || day >= days ? null : byDay[day];
    }

    boolean anyFor(String personId, int from, int to) {
        List<String>[] person = byPerson.get(personId);
        if (person == null) {
            return false;
        }
        for (int d = Math.max(0, from); d <= Math.min(days - 1, to); d++) {
            if (person[d] != null) {
                return true;
            }
        }
        return false;
    }

    /** Tooltip text for these rules, or null for none. */
    static String title(List<String> rules) {
        return rules == null ? null : String.join("\n", rules);
    }

    /** The rules of this person over a day range, without repeats (the block view's tooltip). */
    String titleFor(String personId, int from, int to) {
        List<String>[] person = byPerson.get(personId);
        if (person == null) {
            return null;
        }
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        for (int d = Math.max(0, from); d <= Math.min(days - 1, to); d++) {
            if (person[d] != null) {
                all.addAll(person[d]);
            }
        }
        return all.isEmpty() ? null : String.join("\n", all);
    }
}
