package org.residency.scheduler.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A coordinator edits a stored program person by person; an edit that would break the program is
 * refused with the field named, and the stored program stays as it was.
 */
class ProgramEditsIT extends DeployedApplication {

    @Test
    void residentsAreAddedChangedAndRemoved() {
        String program = create();
        HttpResponse<String> added = api.post(program + "/residents", "{\"id\":\"R99\",\"name\":\"New Resident\",\"pgy\":2}");
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(200, api.put(program + "/residents/R99", "{\"id\":\"R99\",\"name\":\"Renamed\",\"pgy\":3}").statusCode());
        assertEquals("Renamed", Api.json(api.get(program + "/residents/R99").body()).asJsonObject().getString("name"));
        assertTrue(api.get(program).body().contains("\"Renamed\""), "the exported program has the edit");

        HttpResponse<String> pgy7 = api.put(program + "/residents/R99", "{\"id\":\"R99\",\"name\":\"Renamed\",\"pgy\":7}");
        assertEquals(422, pgy7.statusCode(), pgy7.body());
        assertTrue(pgy7.body().contains(".pgy"), pgy7.body());
        assertEquals(3, Api.json(api.get(program + "/residents/R99").body()).asJsonObject().getInt("pgy"));

        assertEquals(204, api.delete(program + "/residents/R99").statusCode());
        assertEquals(404, api.get(program + "/residents/R99").statusCode());
    }

    @Test
    void rotationInUseCannotBeRemoved() {
        String program = create();
        String before = api.get(program).body();
        HttpResponse<String> refused = api.delete(program + "/rotations/INPATIENT");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("curriculum"), refused.body());
        assertEquals(Api.json(before), Api.json(api.get(program).body()), "nothing changed");
    }

    @Test
    void absencesAndFacultyAreEditable() {
        String program = create();
        HttpResponse<String> absence = api.post(program + "/absences",
                "{\"person\":\"F1\",\"start\":\"2026-07-10\",\"end\":\"2026-07-12\",\"kind\":\"SICK\"}");
        assertEquals(201, absence.statusCode(), absence.body());
        HttpResponse<String> backwards = api.post(program + "/absences",
                "{\"person\":\"F1\",\"start\":\"2026-07-12\",\"end\":\"2026-07-10\",\"kind\":\"SICK\"}");
        assertEquals(422, backwards.statusCode(), backwards.body());
        HttpResponse<String> faculty = api.post(program + "/faculty", "{\"id\":\"F9\",\"name\":\"Dr. New\",\"maxPreceptPerWeek\":4}");
        assertEquals(201, faculty.statusCode(), faculty.body());
        assertEquals(409, api.post(program + "/faculty", "{\"id\":\"F9\",\"name\":\"Dr. Twice\",\"maxPreceptPerWeek\":4}").statusCode());
    }

    private String create() {
        JsonObject small = Json.createObjectBuilder(Api.file(Api.formats("examples/small.json")).asJsonObject())
                .add("name", "Edits " + System.nanoTime()).build();
        HttpResponse<String> created = api.post("/api/programs", small.toString());
        assertEquals(201, created.statusCode(), created.body());
        return URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
    }
}
