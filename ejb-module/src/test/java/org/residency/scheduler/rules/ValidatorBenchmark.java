package org.residency.scheduler.rules;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times {@link ScheduleValidator#validate} on a generated 150-resident, 60-faculty, 13 x 28-day year
 * (its planted schedule and a mutated one). A measurement, not a test; from the project root:
 * <pre>
 * mvn -q -B -pl ejb-module test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -Dformats.dir=../shared/formats -cp ejb-module/target/test-classes:ejb-module/target/classes:$(cat ejb-module/target/cp.txt) \
 *     org.residency.scheduler.rules.ValidatorBenchmark
 * </pre>
 */
public final class ValidatorBenchmark {

    private static final int WARM_UP = 200;
    private static final int RUNS = 20;

    private ValidatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("validator-benchmark");
        Formats.GeneratedProgram g = Formats.generate(dir, "bench-150-60", "--residents", "150", "--faculty", "60",
                "--seed", "1");
        ScheduleDocument mutated = new ScheduleMutator(g.program(), 1).mutate(g.planted(), 200);
        System.out.printf("%-22s %8s %8s %8s %11s%n", "schedule", "median", "p95", "max", "violations");
        report("planted (valid)", g.program(), g.planted());
        report("200 random edits", g.program(), mutated);
    }

    private static void report(String label, ProgramDocument program, ScheduleDocument schedule) {
        ScheduleValidator validator = new ScheduleValidator();
        int violations = 0;
        for (int i = 0; i < WARM_UP; i++) {
            violations = validator.validate(program, schedule).violations().size();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            validator.validate(program, schedule);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        int p95 = (int) Math.ceil(0.95 * RUNS) - 1;
        System.out.printf("%-22s %6.2fms %6.2fms %6.2fms %11d%n", label, ms[RUNS / 2], ms[p95], ms[RUNS - 1], violations);
    }
}
