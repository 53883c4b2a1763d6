package org.residency.scheduler.engine.cli;

import org.residency.scheduler.engine.ProgressListener;
import org.residency.scheduler.engine.SolveProgress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/** Prints one line per change of stage or best objective, e.g. {@code [  4.2 s]  20%  call nights  best 31}. */
final class ProgressPrinter implements ProgressListener {

    private final PrintStream err;
    private String lastStage;
    private Long lastBest;

    ProgressPrinter(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void onProgress(SolveProgress p) {
        if (Objects.equals(p.stage(), lastStage) && Objects.equals(p.bestObjective(), lastBest)) {
            return;
        }
        lastStage = p.stage();
        lastBest = p.bestObjective();
        err.println(String.format(Locale.ROOT, "[%6.1f s] %3d%%  %s%s", p.elapsed().toMillis() / 1000.0,
                p.percent(), p.stage(), p.bestObjective() == null ? "" : "  best " + p.bestObjective()));
    }
}
