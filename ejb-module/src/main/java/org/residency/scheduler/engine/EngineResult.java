package org.residency.scheduler.engine;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What an engine call ended with. A schedule is only ever returned when it has no hard violation. */
public sealed interface EngineResult {

    /** The key of a repair's changed-assignment count in {@link Solved#bounds()}. */
    String CHANGED_ASSIGNMENTS = "changedAssignments";

    Duration elapsed();

    /**
     * A complete schedule with no hard violation.
     *
     * @param schedule  the schedule
     * @param program   the program it answers (for a repair: with the new absence or removal applied)
     * @param metrics   the soft metrics by wire name ({@code callSpread} ...), as the validator computes them
     * @param optimal   whether the engine proved every optimised stage optimal
     * @param cancelled whether the run was cancelled and this is the best schedule it had by then
     * @param changes   for a repair, every changed assignment; empty for a generation
     * @param bounds    per metric (wire name), the bound the engine proved and whether the value reaches
     *                  it; empty when the engine proved nothing (a repair)
     */
    record Solved(ScheduleDocument schedule, ProgramDocument program, Map<String, Double> metrics,
                  boolean optimal, boolean cancelled, List<Change> changes, Duration elapsed,
                  Map<String, MetricBound> bounds)
            implements EngineResult {
        public Solved {
            metrics = Map.copyOf(metrics);
            changes = List.copyOf(changes);
            bounds = Map.copyOf(bounds);
        }

        public Solved(ScheduleDocument schedule, ProgramDocument program, Map<String, Double> metrics,
                      boolean optimal, boolean cancelled, List<Change> changes, Duration elapsed) {
            this(schedule, program, metrics, optimal, cancelled, changes, elapsed, Map.of());
        }
    }

    /** No schedule exists (or none respecting the kept parts, for a repair); the reasons say why. */
    record Infeasible(List<Reason> reasons, Duration elapsed) implements EngineResult {
        public Infeasible {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The run stopped (cancelled, or the time limit passed) before any complete valid schedule existed.
     * Nothing is known about feasibility.
     */
    record Stopped(String why, Duration elapsed) implements EngineResult {
    }

    default Optional<ScheduleDocument> validSchedule() {
        return this instanceof Solved solved ? Optional.of(solved.schedule()) : Optional.empty();
    }
}
