package org.residency.scheduler.engine.cli;

import org.residency.scheduler.engine.Cancellation;
import org.residency.scheduler.engine.EngineResult;
import org.residency.scheduler.engine.MetricBound;
import org.residency.scheduler.engine.ScheduleEngine;
import org.residency.scheduler.engine.SoftGoal;
import org.residency.scheduler.format.ProgramDocument;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code scripts/solve}: builds a schedule for a program file without the application server. The
 * schedule goes to standard output, progress and explanations to standard error. Exit 0 with a
 * schedule, 1 when the program has none (with the reasons), 2 on bad arguments or input, 3 when the
 * time limit passed before any valid schedule was found.
 */
public final class SolveCommand {

    private static final Outcome OUTCOME = new Outcome("solve", "no schedule exists", (solved, seconds) -> List.of(
            "solve: schedule found in " + seconds + (solved.optimal() ? ", proved optimal" : "") + "; "
                    + metrics(solved.metrics(), solved.bounds())));

    private final ScheduleEngine engine;

    SolveCommand(ScheduleEngine engine) {
        this.engine = engine;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int code = new SolveCommand(new ScheduleEngine()).run(args, out, System.err);
        out.flush();
        System.exit(code);
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        try (Documents documents = new Documents()) {
            SolveArguments arguments = SolveArguments.parse(args);
            ProgramDocument program = documents.program(arguments.program());
            err.println("solve: " + program.name() + ": " + program.residents().size() + " residents, "
                    + program.faculty().size() + " faculty, " + program.blocks() + " blocks; time limit "
                    + arguments.options().timeLimit().toMillis() / 1000.0 + " s, seed " + arguments.options().seed()
                    + ", " + arguments.options().threads() + " thread(s)");
            if (arguments.warmUp()) {
                EngineResult first = engine.generate(program, arguments.options(), progress -> { }, Cancellation.none());
                err.println(String.format(java.util.Locale.ROOT, "solve: warm-up run (class loading, OR-Tools natives)"
                        + " in %.2f s; the run below counts", first.elapsed().toMillis() / 1000.0));
            }
            EngineResult result = engine.generate(program, arguments.options(), new ProgressPrinter(err),
                    Cancellation.none());
            return OUTCOME.print(result, documents, out, err);
        } catch (BadInput e) {
            err.println("solve: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    /** {@code callSpread 1 (optimal, bound 1), ..., clinicSpread 3 (bound 0)}: each metric with what was proved. */
    static String metrics(Map<String, Double> metrics, Map<String, MetricBound> bounds) {
        return SoftGoal.DEFAULT_ORDER.stream().map(SoftGoal::wireName).filter(metrics::containsKey)
                .map(name -> name + " " + number(metrics.get(name)) + proved(bounds.get(name)))
                .collect(Collectors.joining(", "));
    }

    private static String proved(MetricBound bound) {
        return bound == null ? "" : " (" + (bound.optimal() ? "optimal, " : "") + "bound " + number(bound.bound()) + ")";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
