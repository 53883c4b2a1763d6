package org.residency.scheduler.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A refusal as the REST API answers it: problem+json with its status and, when a field is named, an error for it. */
final class Problems {

    private Problems() {
    }

    static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject problem = Api.json(response.body()).asJsonObject();
        assertEquals(status, problem.getInt("status"));
        if (field != null) {
            assertTrue(problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                    .anyMatch(e -> field.equals(e.getString("field"))), "the problem names " + field + ": " + problem);
        }
    }
}
