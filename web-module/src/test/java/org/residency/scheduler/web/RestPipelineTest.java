package org.residency.scheduler.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.ProgramChecks;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.generation.boundary.GenerationRequest;
import org.residency.scheduler.generation.boundary.GenerationService;
import org.residency.scheduler.generation.control.SolveLimits;
import org.residency.scheduler.generation.control.SolveParameters;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.program.boundary.ProgramSummary;
import org.residency.scheduler.program.boundary.ProgramsResource;
import org.residency.scheduler.schedule.boundary.PutOutcome;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.boundary.SchedulesResource;
import org.residency.scheduler.web.json.BodySizeFilter;
import org.residency.scheduler.web.json.JsonTextWriter;
import org.residency.scheduler.web.json.StrictJsonbResolver;
import org.residency.scheduler.web.problem.ConflictMapper;
import org.residency.scheduler.web.problem.InvalidDocumentMapper;
import org.residency.scheduler.web.problem.JsonErrorMapper;
import org.residency.scheduler.web.problem.JsonbErrorMapper;
import org.residency.scheduler.web.problem.NotFoundMapper;
import org.residency.scheduler.web.problem.ProcessingErrorMapper;
import org.residency.scheduler.web.problem.UnexpectedErrorMapper;
import org.residency.scheduler.web.problem.WebApplicationErrorMapper;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resources behind Jersey's real pipeline with stand-in services: what a client sees for good and bad
 * requests (status, content type, problem body), including how the runtime wraps binding and size errors.
 */
class RestPipelineTest {

    private static final String SMALL = read("small.json");
    private static final String SCHEDULE_TEXT = "{\"format\":\"residency-schedule/1\",\"call\":[null]}";

    private Pipeline api;

    @BeforeEach
    void pipeline() throws Exception {
        ProgramService programs = new ProgramService() {
            @Override
            public ProgramSummary create(ProgramDocument document) {
                InvalidDocumentException.requireNone(ProgramChecks.check(document));
                return new ProgramSummary(7, document.name(), document.start(), document.blocks(), document.blockDays());
            }

            @Override
            public ProgramDocument export(long id) {
                throw id == 8 ? new IllegalStateException("connection refused to db-secret-host")
                        : new ResourceNotFoundException("no program " + id);
            }

            @Override
            public void delete(long id) {
            }
        };
        ScheduleService schedules = new ScheduleService() {
            @Override
            public PutOutcome put(long programId, String scheduleId, ScheduleDocument document) {
                return scheduleId.equals("new") ? PutOutcome.CREATED : PutOutcome.REPLACED;
            }

            @Override
            public String importSchedule(long programId, ScheduleDocument document) {
                return "generated-1";
            }

            @Override
            public byte[] jsonBytes(long programId, String scheduleId) {
                return SCHEDULE_TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }

            @Override
            public void requireVisible(long programId, String scheduleId, boolean withDrafts) {
            }
        };
        GenerationService generation = new GenerationService() {
            @Override
            public Job generate(long programId, GenerationRequest request) {
                if (programId != 7) {
                    throw new ResourceNotFoundException("no program " + programId);
                }
                GenerationRequest r = request == null ? GenerationRequest.defaults() : request;
                SolveParameters parameters = SolveParameters.of(r.timeLimitSeconds(), r.seed(), r.threads(),
                        r.optimise(), r.repeatable(), new SolveLimits(2, 60, 3600));
                return new Job(JobKind.GENERATE_SCHEDULE, programId, null, parameters.toJson().build().toString()) {
                    @Override
                    public Long getId() {
                        return 42L;
                    }
                };
            }
        };
        ResourceConfig config = new ResourceConfig()
                .register(ProgramsResource.class).register(SchedulesResource.class)
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() { // stands in for the container's @Inject of the EJBs
                        bind(programs).to(ProgramService.class);
                        bind(schedules).to(ScheduleService.class);
                        bind(generation).to(GenerationService.class);
                    }
                })
                .register(StrictJsonbResolver.class).register(JsonTextWriter.class)
                .register(filter(8 * 1024))
                .registerClasses(InvalidDocumentMapper.class, ConflictMapper.class, NotFoundMapper.class,
                        JsonbErrorMapper.class, JsonErrorMapper.class, ProcessingErrorMapper.class,
                        WebApplicationErrorMapper.class, UnexpectedErrorMapper.class);
        api = new Pipeline(config);
    }

    @Test
    void aValidProgramIsCreated() throws Exception {
        Pipeline.Result r = api.send("POST", "programs", "application/json", SMALL, true);
        assertEquals(201, r.status());
        assertEquals("http://localhost/api/programs/7", r.header("Location"));
        assertEquals(7, parse(r.body()).getInt("id"));
    }

    @Test
    void anInvalidProgramIs422ListingTheFields() throws Exception {
        String bad = SMALL.replaceFirst("\"pgy\": 1", "\"pgy\": 4");
        Pipeline.Result r = problem(api.send("POST", "programs", "application/json", bad, true), 422,
                "/problems/invalid-document");
        assertEquals("program.residents[0].pgy",
                parse(r.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void bindingErrorsAre400NamingTheProperty() throws Exception {
        Pipeline.Result unknown = problem(api.send("POST", "programs", "application/json",
                SMALL.replaceFirst("\\{", "{\"surprise\": 1,"), true), 400, "/problems/malformed-json");
        assertEquals("surprise", parse(unknown.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
        Pipeline.Result typed = problem(api.send("POST", "programs", "application/json",
                SMALL.replaceFirst("\"pgy\": 1", "\"pgy\": \"one\""), true), 400, "/problems/malformed-json");
        assertEquals("residents.pgy", parse(typed.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
        problem(api.send("POST", "programs", "application/json", "{\"blocks\": ", true), 400, "/problems/malformed-json");
    }

    @Test
    void oversizeBodiesAre413WithOrWithoutALength() throws Exception {
        String big = SMALL.replaceFirst("\"name\": \"", "\"name\": \"" + "x".repeat(9000));
        problem(api.send("POST", "programs", "application/json", big, true), 413, "/problems/payload-too-large");
        problem(api.send("POST", "programs", "application/json", big, false), 413, "/problems/payload-too-large");
    }

    @Test
    void theRuntimesOwnErrorsAreProblemsToo() throws Exception {
        problem(api.send("POST", "programs", "text/plain", "hello", true), 415, "/problems/unsupported-media-type");
        problem(api.send("GET", "nothing/here", null, null, true), 404, "/problems/not-found");
        problem(api.send("GET", "programs/9", null, null, true), 404, "/problems/not-found");
        Pipeline.Result r = problem(api.send("GET", "programs/8", null, null, true), 500, "/problems/internal-error");
        assertTrue(!r.body().contains("secret") && r.body().contains("logged as"), r.body());
    }

    @Test
    void schedulesArePutImportedAndServedVerbatim() throws Exception {
        String schedule = "{\"format\": \"residency-schedule/1\", \"call\": []}";
        Pipeline.Result created = api.send("PUT", "programs/7/schedules/new", "application/json", schedule, true);
        assertEquals(201, created.status());
        assertEquals("http://localhost/api/programs/7/schedules/new", created.header("Location"));
        assertEquals(200, api.send("PUT", "programs/7/schedules/old", "application/json", schedule, true).status());
        Pipeline.Result imported = api.send("POST", "programs/7/schedules/import", "application/json", schedule, true);
        assertEquals(201, imported.status());
        assertEquals("http://localhost/api/programs/7/schedules/generated-1", imported.header("Location"));
        Pipeline.Result got = api.send("GET", "programs/7/schedules/new", null, null, true);
        assertEquals(200, got.status());
        assertEquals(SCHEDULE_TEXT, got.body());
        assertEquals(204, api.send("DELETE", "programs/7", null, null, true).status());
    }

    @Test
    void aGenerationIsAcceptedAsAJobWithTheParametersThatWillRun() throws Exception {
        Pipeline.Result r = api.send("POST", "programs/7/schedules", "application/json",
                "{\"timeLimitSeconds\": 30, \"seed\": 9000000000, \"optimise\": [\"clinicSpread\", \"callSpread\"]}", true);
        assertEquals(202, r.status(), r.body());
        assertEquals("http://localhost/api/jobs/42", r.header("Location"));
        JsonObject job = parse(r.body());
        assertEquals("QUEUED", job.getString("state"));
        JsonObject parameters = job.getJsonObject("parameters");
        assertEquals(30, parameters.getInt("timeLimitSeconds"));
        assertEquals(9_000_000_000L, parameters.getJsonNumber("seed").longValue());
        assertEquals(2, parameters.getInt("threads"), "the configured threads when none are asked for");
        assertEquals("[\"clinicSpread\",\"callSpread\"]", parameters.getJsonArray("optimise").toString());
        assertEquals(202, api.send("POST", "programs/7/schedules", "application/json", "{}", true).status(),
                "an empty object takes every default");
    }

    @Test
    void badGenerationRequestsAreProblemsNamingTheField() throws Exception {
        String[][] cases = {
                {"{\"timeLimitSeconds\": 0}", "422", "timeLimitSeconds"},
                {"{\"timeLimitSeconds\": 3601}", "422", "timeLimitSeconds"},
                {"{\"threads\": 3}", "422", "threads"},
                {"{\"optimise\": [\"callSpread\", \"happiness\"]}", "422", "optimise[1]"},
                {"{\"optimise\": [\"callSpread\", \"callSpread\"]}", "422", "optimise[1]"},
                {"{\"timeLimitSeconds\": \"60\"}", "400", "timeLimitSeconds"},
                {"{\"seed\": 1.5}", "400", "seed"},
                {"{\"seed\": \"7\"}", "400", "seed"},
                {"{\"priority\": []}", "400", "priority"},
        };
        for (String[] c : cases) {
            int status = Integer.parseInt(c[1]);
            Pipeline.Result r = problem(api.send("POST", "programs/7/schedules", "application/json", c[0], true),
                    status, status == 422 ? "/problems/invalid-document" : "/problems/malformed-json");
            assertEquals(c[2], parse(r.body()).getJsonArray("errors").getJsonObject(0).getString("field"), c[0]);
        }
        problem(api.send("POST", "programs/9/schedules", "application/json", "{}", true), 404, "/problems/not-found");
    }

    private static Pipeline.Result problem(Pipeline.Result r, int status, String type) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.header("Content-Type"));
        JsonObject body = parse(r.body());
        assertEquals(type, body.getString("type"));
        assertEquals(status, body.getInt("status"));
        return r;
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static BodySizeFilter filter(long max) throws ReflectiveOperationException {
        var constructor = BodySizeFilter.class.getDeclaredConstructor(long.class);
        constructor.setAccessible(true);
        return constructor.newInstance(max);
    }

    private static String read(String example) {
        try {
            return Files.readString(Path.of(System.getProperty("formats.dir"), "examples", example));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
