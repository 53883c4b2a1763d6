package org.residency.scheduler.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calendar feeds and Excel exports through the deployed REST API: a generated two-block program with
 * its planted schedule; feeds read anonymously by token, re-issued and revoked; workbooks opened with POI.
 */
class ExportsIT extends DeployedApplication {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static long program;
    static JsonObject programDocument;
    static JsonObject schedule;
    static String resident;
    static String otherResident;
    static String faculty;

    @BeforeAll
    static void programWithSchedule() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("exports");
        Process gen = new ProcessBuilder("python3", Api.formats("generate.py").toString(), "--residents", "6",
                "--faculty", "3", "--seed", "7", "--blocks", "2", "--name", "Exports " + System.nanoTime(),
                "--out", dir.resolve("p.json").toString(), "--solution-out", dir.resolve("s.json").toString())
                .inheritIO().start();
        assertEquals(0, gen.waitFor());
        programDocument = Api.file(dir.resolve("p.json")).asJsonObject();
        schedule = Api.file(dir.resolve("s.json")).asJsonObject();
        Api admin = new Api();
        HttpResponse<String> created = admin.post("/api/programs", programDocument.toString());
        assertEquals(201, created.statusCode(), created.body());
        program = Api.json(created.body()).asJsonObject().getJsonNumber("id").longValue();
        assertEquals(201, admin.put("/api/programs/" + program + "/schedules/planted", schedule.toString()).statusCode());
        // Residents' and faculty's calendars and exports show the published schedule; "draft" stays a draft.
        assertEquals(200, admin.post("/api/programs/" + program + "/schedules/planted/publish", "{}").statusCode());
        assertEquals(201, admin.put("/api/programs/" + program + "/schedules/draft", schedule.toString()).statusCode());
        JsonArray residents = programDocument.getJsonArray("residents");
        resident = residents.getJsonObject(0).getString("id");
        otherResident = residents.getJsonObject(1).getString("id");
        faculty = programDocument.getJsonArray("faculty").getJsonObject(0).getString("id");
    }

    private static String feedPath(String person) {
        return "/api/programs/" + program + "/people/" + person + "/calendar-feed";
    }

    @Test
    void aResidentsFeedIsReadAnonymouslyByTokenUntilReissuedOrRevoked() throws Exception {
        Api own = Accounts.create("resident", program, resident).api();
        assertEquals(404, own.get(feedPath(resident)).statusCode(), "no feed yet");

        HttpResponse<String> issued = own.post(feedPath(resident), "");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject body = Api.json(issued.body()).asJsonObject();
        String token = body.getString("token");
        String url = body.getString("url");
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), "256 bits, URL-safe Base64: " + token);
        assertEquals(Api.BASE + "/api/calendar/" + token + ".ics", url);
        assertFalse(issued.headers().firstValue("Location").orElse("").contains(token), "the secret is not the location");

        HttpResponse<String> feed = Api.anonymous().send(HttpRequest.newBuilder(URI.create(url)).GET());
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        long calls = events.stream().filter(e -> e.getSummary().getValue().equals("In-house call")).count();
        assertEquals(callNights(resident), calls, "one event per call night of the resident");
        assertTrue(calls > 0, "the planted schedule gives every call-pool resident calls");
        assertTrue(events.size() > calls, "and the day sessions");
        assertTrue(events.stream().allMatch(e -> e.getUid().orElseThrow().getValue().contains("." + resident + ".p" + program)));
        assertEquals(feed.body(), Api.anonymous().get("/api/calendar/" + token + ".ics").body(), "stable text");

        // Only the hash is stored.
        String stored = TestDatabase.calendarFeed(program, resident).get("token_hash");
        assertEquals(64, stored.length());
        assertFalse(stored.contains(token));

        HttpResponse<String> again = own.post(feedPath(resident), "");
        assertEquals(201, again.statusCode());
        String newToken = Api.json(again.body()).asJsonObject().getString("token");
        assertNotEquals(token, newToken);
        assertEquals(404, Api.anonymous().get("/api/calendar/" + token + ".ics").statusCode(), "re-issued: old URL dead");
        assertEquals(200, Api.anonymous().get("/api/calendar/" + newToken + ".ics").statusCode());

        assertEquals(200, own.get(feedPath(resident)).statusCode());
        assertEquals(204, own.delete(feedPath(resident)).statusCode());
        HttpResponse<String> revoked = Api.anonymous().get("/api/calendar/" + newToken + ".ics");
        assertEquals(404, revoked.statusCode());
        assertEquals("application/problem+json", revoked.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, own.get(feedPath(resident)).statusCode());
        assertEquals(404, own.delete(feedPath(resident)).statusCode(), "nothing left to revoke");
    }

    @Test
    void residentsAndFacultyManageOnlyTheirOwnFeedCoordinatorsAnyone() {
        Api residentApi = Accounts.create("resident", program, resident).api();
        Api facultyApi = Accounts.create("faculty", program, faculty).api();
        Api coordinator = Accounts.create("coordinator").api();

        assertEquals(403, residentApi.post(feedPath(otherResident), "").statusCode());
        assertEquals(403, residentApi.get(feedPath(faculty)).statusCode());
        assertEquals(403, facultyApi.delete(feedPath(resident)).statusCode());
        assertEquals(403, residentApi.post(feedPath("nobody-at-all"), "").statusCode(), "403 before saying who exists");

        HttpResponse<String> forFaculty = facultyApi.post(feedPath(faculty), "");
        assertEquals(201, forFaculty.statusCode(), forFaculty.body());
        HttpResponse<String> byCoordinator = coordinator.post(feedPath(otherResident), "");
        assertEquals(201, byCoordinator.statusCode(), byCoordinator.body());
        String token = Api.json(byCoordinator.body()).asJsonObject().getString("token");
        assertEquals(404, coordinator.post(feedPath("nobody-at-all"), "").statusCode());
        assertEquals(401, Api.anonymous().post(feedPath(otherResident), "").statusCode());

        // The audit log records the issue, never the token.
        String audit = api.get("/api/audit?limit=500").body();
        assertTrue(audit.contains(feedPath(otherResident)), "issuing is audited");
        assertFalse(audit.contains(token));
        assertEquals(204, coordinator.delete(feedPath(otherResident)).statusCode());
    }

    @Test
    void aMalformedOrUnknownTokenIs404() {
        assertEquals(404, Api.anonymous().get("/api/calendar/not-a-token.ics").statusCode());
        assertEquals(404, Api.anonymous().get("/api/calendar/" + "A".repeat(43) + ".ics").statusCode());
    }

    @Test
    void aBlockAndTheYearAsExcelForEveryRole() throws Exception {
        Api residentApi = Accounts.create("resident", program, resident).api();
        HttpResponse<byte[]> block = residentApi.bytes(exportPath() + "?block=2");
        assertEquals(200, block.statusCode(), new String(block.body()));
        assertEquals(XLSX, block.headers().firstValue("Content-Type").orElse(""));
        assertTrue(block.headers().firstValue("Content-Disposition").orElse("").contains("_block-2.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(block.body()))) {
            assertEquals(List.of("Block 2", "Rotations", "Legend"), names(book));
            XSSFSheet sheet = book.getSheet("Block 2");
            int blockDays = programDocument.getInt("blockDays");
            int firstPersonRow = 4;
            assertEquals(resident, sheet.getRow(firstPersonRow).getCell(1).getStringCellValue());
            String codes = schedule.getJsonObject("days").getJsonArray(resident).getString(blockDays);
            assertEquals(codes.substring(0, 1), sheet.getRow(firstPersonRow).getCell(4).getStringCellValue().substring(0, 1));
            int people = programDocument.getJsonArray("residents").size() + programDocument.getJsonArray("faculty").size();
            assertEquals("In-house call", sheet.getRow(firstPersonRow + people).getCell(0).getStringCellValue());
            JsonValue caller = schedule.getJsonArray("call").get(blockDays);
            assertEquals(caller.getValueType() == JsonValue.ValueType.NULL ? "" : ((jakarta.json.JsonString) caller).getString(),
                    sheet.getRow(firstPersonRow + people).getCell(4).getStringCellValue());
        }

        HttpResponse<byte[]> year = Accounts.create("faculty", program, faculty).api().bytes(exportPath());
        assertEquals(200, year.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(year.body()))) {
            assertEquals(List.of("Block 1", "Block 2", "Rotations", "Legend"), names(book));
        }
    }

    @Test
    void residentsAndFacultyExportOnlyThePublishedScheduleCoordinatorsAnyDraft() {
        String draft = "/api/programs/" + program + "/schedules/draft/export.xlsx?block=1";
        assertEquals(404, Accounts.create("resident", program, resident).api().bytes(draft).statusCode());
        assertEquals(404, Accounts.create("faculty", program, faculty).api().bytes(draft).statusCode());
        HttpResponse<byte[]> byCoordinator = Accounts.create("coordinator").api().bytes(draft);
        assertEquals(200, byCoordinator.statusCode());
        assertEquals(XLSX, byCoordinator.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aBadBlockIs400AnUnknownSchedule404AndNoCredentials401() {
        for (String bad : new String[]{"0", "3", "x", "-1", "1.5"}) {
            HttpResponse<String> response = api.get(exportPath() + "?block=" + bad);
            assertEquals(400, response.statusCode(), bad);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertTrue(Api.json(response.body()).asJsonObject().getString("detail").contains("from 1 to 2"), response.body());
        }
        assertEquals(404, api.get("/api/programs/" + program + "/schedules/nothing/export.xlsx").statusCode());
        assertEquals(401, Api.anonymous().get(exportPath()).statusCode());
    }

    private static String exportPath() {
        return "/api/programs/" + program + "/schedules/planted/export.xlsx";
    }

    private static long callNights(String person) {
        return schedule.getJsonArray("call").stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.STRING && ((jakarta.json.JsonString) v).getString().equals(person))
                .count();
    }

    private static List<String> names(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        return names;
    }
}
