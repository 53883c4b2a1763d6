package org.residency.scheduler.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start page lists the programs; the program page shows one program's residents, faculty and rotations. */
class FacesPageIT extends DeployedApplication {

    @Test
    void startPageListsProgramsAndShowsOne() {
        String name = "Faces page " + System.nanoTime();
        JsonObject program = Json.createObjectBuilder(Api.file(Api.formats("examples/small.json")).asJsonObject())
                .add("name", name).build();
        HttpResponse<String> created = api.post("/api/programs", program.toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();

        HttpResponse<String> index = api.get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains(name), "the program is listed");

        String page = api.get("/program.xhtml?program=" + id).body();
        String resident = program.getJsonArray("residents").getJsonObject(0).getString("name");
        String faculty = program.getJsonArray("faculty").getJsonObject(0).getString("name");
        String rotation = program.getJsonArray("rotations").getJsonObject(0).getString("name");
        assertTrue(page.contains(resident) && page.contains(faculty) && page.contains(rotation), page);

        assertTrue(api.get("/index.xhtml?program=987654321").body().contains("There is no program 987654321."));
    }
}
