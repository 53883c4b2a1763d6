package org.residency.scheduler.export.control;

import org.residency.scheduler.rules.Formats;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Times the year's Excel export and one person's calendar on a generated 150-resident, 60-faculty,
 * 13 x 28-day year (its planted schedule), and reports the peak heap. A measurement, not a test; from
 * the project root (the small -Xmx shows the streaming workbook's footprint):
 * <pre>
 * mvn -q -B -o -pl ejb-module -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -Xmx128m -Dformats.dir=../shared/formats -cp ejb-module/target/test-classes:ejb-module/target/classes:$(cat ejb-module/target/cp.txt) \
 *     org.residency.scheduler.export.control.ExportBenchmark
 * </pre>
 */
public final class ExportBenchmark {

    private static final int RUNS = 5;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("export-benchmark");
        Formats.GeneratedProgram g = Formats.generate(dir, "bench-150-60", "--residents", "150", "--faculty", "60",
                "--seed", "1");
        SchedulePlan plan = new SchedulePlan(g.program(), g.planted());
        Path file = dir.resolve("year.xlsx");
        System.out.printf("%-34s %8s %8s %10s%n", "export", "first", "best", "size");
        long first = -1;
        long best = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(file)) {
                new ScheduleWorkbook(plan, "planted").writeYear(out);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            first = first < 0 ? ms : first;
            best = Math.min(best, ms);
        }
        System.out.printf("%-34s %6d ms %6d ms %7d KB%n", "year workbook (13 sheets)", first, best, Files.size(file) / 1024);

        first = -1;
        best = Long.MAX_VALUE;
        int length = 0;
        SchedulePlan.Person person = plan.people().get(0);
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            var calendar = new PersonCalendar(plan, 1, CalendarSettings.DEFAULT, Instant.EPOCH).build(person);
            var text = new java.io.StringWriter();
            new net.fortuna.ical4j.data.CalendarOutputter(false).output(calendar, text);
            length = text.toString().length();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            first = first < 0 ? ms : first;
            best = Math.min(best, ms);
        }
        System.out.printf("%-34s %6d ms %6d ms %7d KB%n", "one resident's calendar (year)", first, best, length / 1024);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
        System.out.printf("peak heap (all pools, upper bound): %d MB of -Xmx %d MB%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
