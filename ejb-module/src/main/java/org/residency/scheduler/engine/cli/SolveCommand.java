package org.residency.scheduler.engine.cli;

import org.residency.scheduler.engine.Cancellation;
import org.residency.scheduler.engine.EngineResult;
import org.residency.scheduler.engine.Reason;
import org.residency.scheduler.engine.ScheduleEngine;
import org.residency.scheduler.format.ProgramDocument;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code scripts/solve}: builds a schedule for a program file without the application server. The
 * schedule goes to standard output, progress and explanations to standard error. Exit 0 with a
 * schedule, 1 when the program has none (with the reasons), 2 on bad arguments or input, 3 when the
 * time limit passed before any valid schedule was found.
 */
public final class SolveCommand {

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
            EngineResult result = engine.generate(program, arguments.options(), new ProgressPrinter(err),
                    Cancellation.none());
            return report(result, documents, out, err);
        } catch (BadInput e) {
            err.println("solve: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    private static int report(EngineResult result, Documents documents, PrintStream out, PrintStream err) {
        String seconds = String.format(Locale.ROOT, "%.1f s", result.elapsed().toMillis() / 1000.0);
        if (result instanceof EngineResult.Solved solved) {
            out.println(documents.toJson(solved.schedule()));
            err.println("solve: schedule found in " + seconds + (solved.optimal() ? ", proved optimal" : "")
                    + "; " + metrics(solved.metrics()));
            return ExitCode.OK;
        }
        if (result instanceof EngineResult.Infeasible infeasible) {
            err.println("solve: no schedule exists (" + seconds + "):");
            infeasible.reasons().forEach(reason -> err.println(describe(reason)));
            return ExitCode.FAILED;
        }
        err.println("solve: stopped after " + seconds + " without a valid schedule: "
                + ((EngineResult.Stopped) result).why());
        return ExitCode.STOPPED;
    }

    /** {@code - call-coverage, block 3 (R04, R07): message}. */
    static String describe(Reason reason) {
        return "- " + reason.rule() + (reason.block() == null ? "" : ", block " + reason.block())
                + (reason.people().isEmpty() ? "" : " (" + String.join(", ", reason.people()) + ")")
                + ": " + reason.message();
    }

    private static String metrics(Map<String, Double> metrics) {
        return metrics.entrySet().stream().map(e -> e.getKey() + " " + number(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
