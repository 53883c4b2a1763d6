package org.residency.scheduler.engine;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;

/**
 * The engine's entry point. Thread-safe and stateless: each call builds its own models.
 * Inputs must already have passed the format checks ({@code ProgramChecks}, {@code ScheduleChecks}).
 */
public final class ScheduleEngine {

    /** Builds a whole year for {@code program}. */
    public EngineResult generate(ProgramDocument program, SolveOptions options, ProgressListener listener,
                                 Cancellation cancellation) {
        throw new UnsupportedOperationException("being written");
    }

    /** Repairs {@code current} so it absorbs {@code request} with as few changed assignments as it can. */
    public EngineResult repair(ProgramDocument program, ScheduleDocument current, RepairRequest request,
                               SolveOptions options, ProgressListener listener, Cancellation cancellation) {
        throw new UnsupportedOperationException("being written");
    }
}
