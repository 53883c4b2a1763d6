package org.residency.scheduler.engine;

/** Receives progress reports; called from the solving thread, so implementations must be quick. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = progress -> { };

    void onProgress(SolveProgress progress);
}
