package org.residency.scheduler.generation.control;

import org.residency.scheduler.engine.Cancellation;
import org.residency.scheduler.engine.EngineResult;
import org.residency.scheduler.engine.ProgressListener;
import org.residency.scheduler.engine.ScheduleEngine;

/** One call into the engine (a generation or a repair), with the listener and cancellation of its job. */
@FunctionalInterface
public interface EngineCall {

    EngineResult solve(ScheduleEngine engine, ProgressListener listener, Cancellation cancellation);
}
