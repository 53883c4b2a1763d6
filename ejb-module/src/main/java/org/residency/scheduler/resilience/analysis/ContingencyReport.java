package org.residency.scheduler.resilience.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * The ranked N-1 and N-2 tables of one analysis (see {@link ContingencyCase#byCriticality}).
 *
 * @param from        first day people were taken out
 * @param to          last day (inclusive)
 * @param single      one case per person (N-1), ranked
 * @param pairs       the N-2 cases, ranked
 * @param pairRule    which pairs were analysed, in words
 * @param cancelled   whether the analysis was cancelled before every case ran (the tables are then partial)
 * @param millis      wall-clock time of the whole analysis
 */
public record ContingencyReport(LocalDate from, LocalDate to, List<ContingencyCase> single,
                                List<ContingencyCase> pairs, String pairRule, boolean cancelled, long millis) {

    public ContingencyReport {
        single = List.copyOf(single);
        pairs = List.copyOf(pairs);
    }

    public ContingencyCounts counts() {
        return new ContingencyCounts((int) single.stream().filter(ContingencyCase::critical).count(),
                (int) pairs.stream().filter(c -> c.critical() && c.millis() > 0).count());
    }

    /** The same report without repaired schedules. */
    public ContingencyReport summary() {
        return new ContingencyReport(from, to, single.stream().map(ContingencyCase::summary).toList(),
                pairs.stream().map(ContingencyCase::summary).toList(), pairRule, cancelled, millis);
    }
}
