package org.residency.scheduler.generation.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * The body of {@code POST /api/programs/{id}/schedules}. Every field is optional.
 *
 * @param timeLimitSeconds wall-clock limit, 1 .. {@code engine.max-time-limit-seconds}
 * @param seed             the solver's random seed (same program, seed and threads: same schedule)
 * @param threads          solver threads, 1 .. {@code engine.threads}
 * @param optimise         soft metrics to optimise by their format names, most important first
 */
@JsonbPropertyOrder({"timeLimitSeconds", "seed", "threads", "optimise"})
public record GenerationRequest(Integer timeLimitSeconds, Long seed, Integer threads, List<String> optimise) {

    public static GenerationRequest defaults() {
        return new GenerationRequest(null, null, null, null);
    }
}
