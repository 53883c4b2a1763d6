package org.residency.scheduler.generation.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * The body of {@code POST /api/programs/{id}/schedules}. Every field is optional.
 *
 * @param timeLimitSeconds wall-clock limit, 1 .. {@code engine.max-time-limit-seconds}
 * @param seed             the solver's random seed
 * @param threads          solver threads, 1 .. {@code engine.threads}
 * @param optimise         soft metrics to optimise by their format names, most important first
 * @param repeatable       true: the same program, seed and threads give the same schedule (the solver
 *                         works in deterministic batches, a weaker search per second); default false
 */
@JsonbPropertyOrder({"timeLimitSeconds", "seed", "threads", "optimise", "repeatable"})
public record GenerationRequest(Integer timeLimitSeconds, Long seed, Integer threads, List<String> optimise,
                                Boolean repeatable) {

    public static GenerationRequest defaults() {
        return new GenerationRequest(null, null, null, null, null);
    }
}
