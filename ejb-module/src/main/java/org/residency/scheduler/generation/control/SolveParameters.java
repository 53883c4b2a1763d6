package org.residency.scheduler.generation.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.engine.SoftGoal;
import org.residency.scheduler.engine.SolveOptions;
import org.residency.scheduler.format.FieldError;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A solve's checked parameters, as stored with its job. Missing values take the server's defaults, so
 * the stored parameters say exactly what ran (the seed included, for a rerun).
 */
public record SolveParameters(int timeLimitSeconds, long seed, int threads, List<SoftGoal> priorities,
                              boolean repeatable) {

    /** The seed when none is given: a fixed one, so the same request gives the same schedule. */
    public static final long DEFAULT_SEED = 1;

    private static final String GOALS = Arrays.stream(SoftGoal.values()).map(SoftGoal::wireName)
            .collect(Collectors.joining(", "));

    public SolveParameters {
        priorities = List.copyOf(priorities);
    }

    /** @throws InvalidDocumentException naming every bad field (422) */
    public static SolveParameters of(Integer timeLimitSeconds, Long seed, Integer threads, List<String> optimise,
                                     Boolean repeatable, SolveLimits limits) {
        List<FieldError> errors = new ArrayList<>();
        SolveParameters parameters = check(timeLimitSeconds, seed, threads, optimise, limits, errors);
        InvalidDocumentException.requireNone(errors);
        return Boolean.TRUE.equals(repeatable) ? parameters.withRepeatable() : parameters;
    }

    /** The same parameters, solved in deterministic batches: the same program, seed and threads give the same schedule. */
    public SolveParameters withRepeatable() {
        return new SolveParameters(timeLimitSeconds, seed, threads, priorities, true);
    }

    /** Adds an error per bad field; the result is only meaningful when none was added. */
    static SolveParameters check(Integer timeLimitSeconds, Long seed, Integer threads, List<String> optimise,
                                 SolveLimits limits, List<FieldError> errors) {
        int limit = timeLimitSeconds == null ? limits.defaultTimeLimitSeconds() : timeLimitSeconds;
        if (limit < 1 || limit > limits.maxTimeLimitSeconds()) {
            errors.add(new FieldError("timeLimitSeconds", "must be between 1 and " + limits.maxTimeLimitSeconds()
                    + " (engine.max-time-limit-seconds), is " + limit));
        }
        int workers = threads == null ? limits.threads() : threads;
        if (workers < 1 || workers > limits.threads()) {
            errors.add(new FieldError("threads", "must be between 1 and " + limits.threads()
                    + " (engine.threads), is " + workers));
        }
        return new SolveParameters(limit, seed == null ? DEFAULT_SEED : seed, workers, goals(optimise, errors), false);
    }

    private static List<SoftGoal> goals(List<String> optimise, List<FieldError> errors) {
        if (optimise == null) {
            return SoftGoal.DEFAULT_ORDER;
        }
        List<SoftGoal> goals = new ArrayList<>();
        for (int i = 0; i < optimise.size(); i++) {
            String name = optimise.get(i);
            String field = "optimise[" + i + "]";
            SoftGoal goal = name == null ? null : SoftGoal.fromWireName(name).orElse(null);
            if (goal == null) {
                errors.add(new FieldError(field, "unknown soft metric " + (name == null ? "null" : "'" + name + "'")
                        + "; expected one of " + GOALS));
            } else if (goals.contains(goal)) {
                errors.add(new FieldError(field, "'" + name + "' is listed twice"));
            } else {
                goals.add(goal);
            }
        }
        return goals;
    }

    public SolveOptions options() {
        return new SolveOptions(Duration.ofSeconds(timeLimitSeconds), seed, threads, priorities)
                .withDeterministic(repeatable);
    }

    public JsonObjectBuilder toJson() {
        var goals = Json.createArrayBuilder();
        priorities.forEach(g -> goals.add(g.wireName()));
        return Json.createObjectBuilder().add("timeLimitSeconds", timeLimitSeconds).add("seed", seed)
                .add("threads", threads).add("optimise", goals).add("repeatable", repeatable);
    }

    /** Reads what {@link #toJson()} wrote (the job's stored parameters; jobs stored before "repeatable" were not). */
    public static SolveParameters fromJson(JsonObject json) {
        List<SoftGoal> goals = json.getJsonArray("optimise").getValuesAs(JsonString.class).stream()
                .map(s -> SoftGoal.fromWireName(s.getString()).orElseThrow(
                        () -> new IllegalArgumentException("unknown soft metric " + s)))
                .toList();
        return new SolveParameters(json.getInt("timeLimitSeconds"), json.getJsonNumber("seed").longValueExact(),
                json.getInt("threads"), goals, json.getBoolean("repeatable", false));
    }
}
