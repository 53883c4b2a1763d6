package org.residency.scheduler.resilience.analysis;

import org.residency.scheduler.engine.Cancellation;
import org.residency.scheduler.engine.EngineResult;
import org.residency.scheduler.engine.ProgressListener;
import org.residency.scheduler.engine.ScheduleEngine;
import org.residency.scheduler.engine.SolveOptions;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.rules.Formats;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Times N-1 (and with {@code pairs} N-2) over everyone of an example program, on a year the engine
 * generates first. A measurement, not a test; from the project root:
 * <pre>
 * mvn -q -B -pl ejb-module test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -Dformats.dir=../shared/formats -cp ejb-module/target/test-classes:ejb-module/target/classes:$(cat ejb-module/target/cp.txt) \
 *     org.residency.scheduler.resilience.analysis.ContingencyBenchmark realistic [days-from-start] [pairs]
 * </pre>
 */
public final class ContingencyBenchmark {

    private ContingencyBenchmark() {
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "realistic";
        int offset = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        boolean pairs = args.length > 2 && args[2].equals("pairs");
        ProgramDocument program = Formats.readProgram(Formats.dir().resolve("examples").resolve(name + ".json"));
        ScheduleEngine engine = new ScheduleEngine();
        long t0 = System.nanoTime();
        EngineResult generated = engine.generate(program, SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(120)),
                ProgressListener.NONE, Cancellation.none());
        ScheduleDocument year = generated.validSchedule().orElseThrow(() -> new IllegalStateException("" + generated));
        System.out.printf("year generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        LocalDate from = LocalDate.parse(program.start()).plusDays(offset);
        ContingencySettings settings = ContingencySettings.defaults().withRepairLimit(
                Duration.ofSeconds(Long.getLong("repair.seconds", ContingencySettings.defaults().repairLimit().toSeconds())));
        ContingencyAnalysis analysis = new ContingencyAnalysis(engine, settings);
        t0 = System.nanoTime();
        List<ContingencyCase> single = analysis.singles(program, year, from, Cancellation.none(), p -> { });
        double seconds = (System.nanoTime() - t0) / 1e9;
        single.forEach(c -> System.out.printf("  %-8s %-10s %5d changes%s %6d ms%n", c.people().get(0), c.outcome(),
                c.changes(), c.optimal() ? " (optimal)" : "", c.millis()));
        System.out.printf("N-1 over %d people from %s (%d days, %s per case): %.1f s on %d threads%n", single.size(),
                from, settings.days(), settings.repairLimit(), seconds, settings.parallelism());
        if (pairs) {
            t0 = System.nanoTime();
            ContingencyReport report = analysis.analyse(program, year, from, Cancellation.none(), p -> { });
            System.out.printf("N-1 + N-2 (%s): %.1f s, %d critical people, %d critical pairs%n", report.pairRule(),
                    (System.nanoTime() - t0) / 1e9, report.counts().criticalPeople(), report.counts().criticalPairs());
        }
    }
}
