package org.residency.scheduler.generation.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.engine.SoftGoal;
import org.residency.scheduler.format.FieldError;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SolveParametersTest {

    private static final SolveLimits LIMITS = new SolveLimits(2, 60, 600);

    @Test
    void missingValuesTakeTheServersDefaults() {
        SolveParameters p = SolveParameters.of(null, null, null, null, null, LIMITS);
        assertEquals(new SolveParameters(60, SolveParameters.DEFAULT_SEED, 2, SoftGoal.DEFAULT_ORDER, false), p);
        assertEquals(Duration.ofSeconds(60), p.options().timeLimit());
    }

    @Test
    void givenValuesAreKeptInTheirOrderOfPriority() {
        SolveParameters p = SolveParameters.of(600, -5L, 1, List.of("requestsGranted", "callSpread"), null, LIMITS);
        assertEquals(new SolveParameters(600, -5, 1, List.of(SoftGoal.REQUESTS_GRANTED, SoftGoal.CALL_SPREAD), false), p);
        assertEquals(List.of(SoftGoal.REQUESTS_GRANTED, SoftGoal.CALL_SPREAD), p.options().priorities());
        assertEquals(List.of(), SolveParameters.of(null, null, null, List.of(), null, LIMITS).priorities(),
                "an empty list optimises nothing");
    }

    @Test
    void everyBadFieldIsNamed() {
        List<FieldError> errors = errors(() -> SolveParameters.of(601, 3L, 3,
                Arrays.asList("callSpread", "fairness", null, "callSpread"), null, LIMITS));
        assertEquals(List.of("timeLimitSeconds", "threads", "optimise[1]", "optimise[2]", "optimise[3]"),
                errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("600"), "names the configured maximum");
        assertTrue(errors.get(2).message().contains("weekendCallSpread"), "lists the goals there are");
        assertTrue(errors.get(4).message().contains("twice"));
    }

    @Test
    void limitsAreInclusive() {
        assertEquals(List.of("timeLimitSeconds"), fields(() -> SolveParameters.of(0, null, null, null, null, LIMITS)));
        assertEquals(List.of("threads"), fields(() -> SolveParameters.of(null, null, 0, null, null, LIMITS)));
        assertEquals(1, SolveParameters.of(1, null, 1, null, null, LIMITS).timeLimitSeconds());
    }

    @Test
    void theStoredJsonReadsBackTheSame() {
        SolveParameters p = SolveParameters.of(30, Long.MAX_VALUE, 2, List.of("clinicSpread"), null, LIMITS);
        JsonObject json = p.toJson().build();
        assertEquals(p, SolveParameters.fromJson(Json.createReader(new java.io.StringReader(json.toString())).readObject()));
    }

    @Test
    void aRepeatableSolveIsStoredAndSolvedInDeterministicBatches() {
        SolveParameters p = SolveParameters.of(30, 7L, 2, null, true, LIMITS);
        assertTrue(p.repeatable());
        assertTrue(p.options().deterministic());
        assertFalse(SolveParameters.of(30, 7L, 2, null, null, LIMITS).options().deterministic(), "off by default");
        assertEquals(p, SolveParameters.fromJson(Json.createReader(new java.io.StringReader(p.toJson().build()
                .toString())).readObject()));
    }

    @Test
    void parametersStoredBeforeRepeatableExistedReadAsNotRepeatable() {
        JsonObject old = Json.createObjectBuilder().add("timeLimitSeconds", 30).add("seed", 1).add("threads", 2)
                .add("optimise", Json.createArrayBuilder().add("callSpread")).build();
        assertFalse(SolveParameters.fromJson(old).repeatable());
    }

    @Test
    void inconsistentConfigurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SolveLimits(0, 60, 3600));
        assertThrows(IllegalArgumentException.class, () -> new SolveLimits(2, 120, 60));
    }

    static List<FieldError> errors(Runnable call) {
        return assertThrows(InvalidDocumentException.class, call::run).errors();
    }

    static List<String> fields(Runnable call) {
        return errors(call).stream().map(FieldError::field).toList();
    }
}
