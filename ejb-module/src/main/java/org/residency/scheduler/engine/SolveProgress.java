package org.residency.scheduler.engine;

import java.time.Duration;

/**
 * A progress report while the engine runs.
 *
 * @param stage         what the engine is doing, in words ("block rotations", "call nights", "days of block 4", ...)
 * @param percent       0..100, monotone within one run
 * @param bestObjective the objective of the best solution of the current stage, {@code null} before one exists
 * @param elapsed       time since the run started
 */
public record SolveProgress(String stage, int percent, Long bestObjective, Duration elapsed) {
}
