package org.residency.scheduler.resilience.analysis;

import org.residency.scheduler.engine.Cancellation;
import org.residency.scheduler.engine.EngineResult;
import org.residency.scheduler.engine.ProgressListener;
import org.residency.scheduler.engine.RepairRequest;
import org.residency.scheduler.engine.ScheduleEngine;
import org.residency.scheduler.engine.SolveOptions;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.program.control.ProgramDocuments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Exact N-1 and N-2 analysis: for each person, and each pair among the people who matter, the person
 * (or both) is made absent over the range, and the engine's minimum-change repair (block plan and the
 * days before the range kept) answers whether the rest of the schedule absorbs it and at what cost.
 *
 * <p>Which pairs: every pair when the program has at most {@code allPairsUpTo} people; otherwise every
 * pair among the {@code pairCandidates} people ranked highest by N-1 (infeasible, unknown, then most
 * changes). A pair with a member who is N-1 infeasible is infeasible too (taking out more people never
 * helps), so it is recorded without solving. Cases run on a fixed pool of {@code parallelism} threads,
 * each solve with one solver thread.
 */
public final class ContingencyAnalysis {

    private final ScheduleEngine engine;
    private final ContingencySettings settings;
    private final ThreadFactory threads;

    public ContingencyAnalysis(ScheduleEngine engine, ContingencySettings settings) {
        this(engine, settings, r -> {
            Thread t = new Thread(r, "contingency");
            t.setDaemon(true);
            return t;
        });
    }

    /** With the threads to solve on (in the server: its managed thread factory). */
    public ContingencyAnalysis(ScheduleEngine engine, ContingencySettings settings, ThreadFactory threads) {
        this.engine = engine;
        this.settings = settings;
        this.threads = threads;
    }

    /** Both tables; progress runs 0..50 over N-1 and 50..100 over N-2. */
    public ContingencyReport analyse(ProgramDocument program, ScheduleDocument schedule, LocalDate from,
                                     Cancellation cancellation, IntConsumer progress) {
        long started = System.nanoTime();
        LocalDate to = lastDay(program, from);
        List<String> everyone = everyone(program);
        List<ContingencyCase> single = run(program, schedule, from, to, everyone.stream().map(List::of).toList(),
                cancellation, percent -> progress.accept(percent / 2));
        List<String> candidates = everyone.size() <= settings.allPairsUpTo() ? everyone
                : single.stream().limit(settings.pairCandidates()).map(c -> c.people().get(0)).toList();
        String rule = everyone.size() <= settings.allPairsUpTo()
                ? "all " + pairs(everyone).size() + " pairs of the " + everyone.size() + " people"
                : "the " + pairs(candidates).size() + " pairs among the " + candidates.size()
                + " people ranked highest by N-1 (the program has more than " + settings.allPairsUpTo() + ")";
        Set<String> critical = single.stream().filter(ContingencyCase::critical)
                .map(c -> c.people().get(0)).collect(Collectors.toSet());
        List<ContingencyCase> implied = new ArrayList<>();
        List<List<String>> toSolve = new ArrayList<>();
        for (List<String> pair : pairs(candidates)) {
            String culprit = pair.stream().filter(critical::contains).findFirst().orElse(null);
            if (culprit != null) {
                implied.add(new ContingencyCase(pair, ContingencyCase.Outcome.INFEASIBLE, 0, true,
                        "implied: " + culprit + " alone cannot be absorbed", 0, null));
            } else {
                toSolve.add(pair);
            }
        }
        List<ContingencyCase> pairs = new ArrayList<>(run(program, schedule, from, to, toSolve, cancellation,
                percent -> progress.accept(50 + percent / 2)));
        pairs.addAll(implied);
        pairs.sort(ContingencyCase::byCriticality);
        return new ContingencyReport(from, to, single, pairs, rule, cancellation.isRequested(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** N-1 only, ranked. */
    public List<ContingencyCase> singles(ProgramDocument program, ScheduleDocument schedule, LocalDate from,
                                         Cancellation cancellation, IntConsumer progress) {
        return run(program, schedule, from, lastDay(program, from), everyone(program).stream().map(List::of).toList(),
                cancellation, progress);
    }

    /** The last day of the range: {@code days} from {@code from}, cut at the end of the year. */
    public LocalDate lastDay(ProgramDocument program, LocalDate from) {
        AcademicYear year = AcademicYear.of(program);
        if (!year.contains(from)) {
            throw new IllegalArgumentException("the analysis date " + from + " is outside the academic year "
                    + year.first() + " .. " + year.last());
        }
        return year.end(from, settings.days());
    }

    private List<ContingencyCase> run(ProgramDocument program, ScheduleDocument schedule, LocalDate from,
                                      LocalDate to, List<List<String>> cases, Cancellation cancellation,
                                      IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.parallelism(), threads);
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<ContingencyCase>> futures = new ArrayList<>();
            for (List<String> people : cases) {
                futures.add(pool.submit(() -> {
                    ContingencyCase result = solve(program, schedule, people, from, to, cancellation);
                    progress.accept(100 * done.incrementAndGet() / cases.size());
                    return result;
                }));
            }
            List<ContingencyCase> results = new ArrayList<>();
            for (Future<ContingencyCase> f : futures) {
                results.add(get(f));
            }
            results.sort(ContingencyCase::byCriticality);
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private ContingencyCase solve(ProgramDocument program, ScheduleDocument schedule, List<String> people,
                                  LocalDate from, LocalDate to, Cancellation cancellation) {
        if (cancellation.isRequested()) {
            return new ContingencyCase(people, ContingencyCase.Outcome.UNKNOWN, 0, false, "cancelled before it ran", 0, null);
        }
        long started = System.nanoTime();
        // A pair is one joint repair: the first person's absence joins the program, the second is the request.
        // Both cover the same range, which lies inside the repair window, so the first one's days are re-solved too.
        ProgramDocument without = program;
        for (String other : people.subList(0, people.size() - 1)) {
            without = withAbsence(without, away(other, from, to));
        }
        EngineResult result = engine.repair(without, schedule,
                RepairRequest.absence(away(people.get(people.size() - 1), from, to), from), options(),
                ProgressListener.NONE, cancellation);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (result instanceof EngineResult.Solved solved && !solved.cancelled()) {
            return new ContingencyCase(people, ContingencyCase.Outcome.REPAIRED, changes(schedule, solved.schedule()),
                    solved.optimal(), null, millis, solved.schedule());
        }
        if (result instanceof EngineResult.Infeasible infeasible) {
            return new ContingencyCase(people, ContingencyCase.Outcome.INFEASIBLE, 0, true,
                    infeasible.reasons().isEmpty() ? "no repair exists" : infeasible.reasons().get(0).message(),
                    millis, null);
        }
        String why = result instanceof EngineResult.Stopped stopped ? stopped.why() : "cancelled";
        return new ContingencyCase(people, ContingencyCase.Outcome.UNKNOWN, 0, false, why, millis, null);
    }

    private static ProgramDocument.Absence away(String person, LocalDate from, LocalDate to) {
        return new ProgramDocument.Absence(person, from.toString(), to.toString(), "CONTINGENCY");
    }

    static ProgramDocument withAbsence(ProgramDocument p, ProgramDocument.Absence absence) {
        return ProgramDocuments.withAbsences(p, ProgramDocuments.appended(p.absences(), absence));
    }

    private SolveOptions options() {
        // Whether a repair exists, and roughly how big, for every person: the first valid repair answers
        // that (its search starts from the current schedule, so its change count is close to the minimum).
        return SolveOptions.defaults().withTimeLimit(settings.repairLimit()).withThreads(1)
                .withEffort(SolveOptions.Effort.FIRST_VALID);
    }

    /** Changed day strings plus changed call nights between two schedules of the same program. */
    static int changes(ScheduleDocument before, ScheduleDocument after) {
        int n = 0;
        for (var e : before.days().entrySet()) {
            List<String> now = after.days().get(e.getKey());
            for (int d = 0; d < e.getValue().size(); d++) {
                n += e.getValue().get(d).equals(now.get(d)) ? 0 : 1;
            }
        }
        for (int d = 0; d < before.call().size(); d++) {
            n += java.util.Objects.equals(before.call().get(d), after.call().get(d)) ? 0 : 1;
        }
        return n;
    }

    private static List<String> everyone(ProgramDocument program) {
        List<String> ids = new ArrayList<>();
        program.residents().forEach(r -> ids.add(r.id()));
        program.faculty().forEach(f -> ids.add(f.id()));
        return ids;
    }

    private static List<List<String>> pairs(List<String> people) {
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                pairs.add(List.of(people.get(i), people.get(j)));
            }
        }
        return pairs;
    }

    private static ContingencyCase get(Future<ContingencyCase> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("contingency analysis interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {        // e.g. the engine's natives missing: the caller decides
                throw error;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a contingency case failed: " + e.getCause(), e.getCause());
        }
    }
}
