package org.residency.scheduler.engine.cli;

import org.residency.scheduler.engine.EngineResult;
import org.residency.scheduler.engine.Reason;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * How an engine command ends: a valid schedule on stdout and a summary on stderr (exit 0), the reasons
 * no schedule exists (exit 1), or why it stopped without one (exit 3).
 *
 * @param command     the command's name, which starts each line it prints
 * @param noSchedule  the headline when the engine proved there is no schedule
 * @param summary     the stderr lines for a schedule, given the result and its elapsed time in words
 */
record Outcome(String command, String noSchedule, BiFunction<EngineResult.Solved, String, List<String>> summary) {

    int print(EngineResult result, Documents documents, PrintStream out, PrintStream err) {
        String seconds = String.format(Locale.ROOT, "%.1f s", result.elapsed().toMillis() / 1000.0);
        if (result instanceof EngineResult.Solved solved) {
            out.println(documents.toJson(solved.schedule()));
            summary.apply(solved, seconds).forEach(line -> err.println(line));
            return ExitCode.OK;
        }
        if (result instanceof EngineResult.Infeasible infeasible) {
            err.println(command + ": " + noSchedule + " (" + seconds + "):");
            infeasible.reasons().forEach(reason -> err.println(describe(reason)));
            return ExitCode.FAILED;
        }
        err.println(command + ": stopped after " + seconds + " without a valid schedule: "
                + ((EngineResult.Stopped) result).why());
        return ExitCode.STOPPED;
    }

    /** {@code - call-coverage, block 3 (R04, R07): message}. */
    static String describe(Reason reason) {
        return "- " + reason.rule() + (reason.block() == null ? "" : ", block " + reason.block())
                + (reason.people().isEmpty() ? "" : " (" + String.join(", ", reason.people()) + ")")
                + ": " + reason.message();
    }
}
