package org.residency.scheduler.generation.control;

import org.residency.scheduler.engine.EngineResult;

/** What the engine returned for a job, and whether someone asked the job to stop while it ran. */
public record EngineOutcome(EngineResult result, boolean cancelRequested) {
}
