package org.residency.scheduler.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Accounts that a test makes for itself through {@code /api/users}, each with a fresh name and password. */
final class Accounts {

    record Account(long id, String username, String password) {
        Api api() {
            return Api.as(username, password);
        }
    }

    private Accounts() {
    }

    /** A new account with one role; a resident or faculty account names its person in the program. */
    static Account create(String role, Long programId, String personId) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw " + UUID.randomUUID();
        JsonObjectBuilder body = Json.createObjectBuilder().add("username", username).add("password", password)
                .add("roles", Json.createArrayBuilder().add(role));
        if (programId != null) {
            body.add("programId", programId).add("personId", personId);
        }
        HttpResponse<String> created = new Api().post("/api/users", body.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject account = Api.json(created.body()).asJsonObject();
        return new Account(account.getJsonNumber("id").longValue(), username, password);
    }

    static Account create(String role) {
        return create(role, null, null);
    }

    /** A program of its own (the small example under a unique name), returning its id. */
    static long program(String label) {
        JsonObject program = Json.createObjectBuilder(Api.file(Api.formats("examples/small.json")).asJsonObject())
                .add("name", label + " " + System.nanoTime()).build();
        HttpResponse<String> created = new Api().post("/api/programs", program.toString());
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
    }
}
