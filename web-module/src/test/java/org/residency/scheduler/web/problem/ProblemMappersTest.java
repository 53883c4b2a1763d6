package org.residency.scheduler.web.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.format.FormatJsonb;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.web.json.BodyTooLargeException;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemMappersTest {

    private static final Jsonb STRICT = JsonbBuilder.create(FormatJsonb.config());

    @Test
    void invalidDocumentIs422WithEveryFieldError() {
        List<FieldError> errors = List.of(new FieldError("program.residents[3].pgy", "expected an integer 1..3, got 4"),
                new FieldError("program.format", "expected \"residency-program/1\""));
        Problem problem = assertProblem(new InvalidDocumentMapper().toResponse(new InvalidDocumentException(errors)),
                422, "/problems/invalid-document");
        assertEquals(errors, problem.errors());
    }

    @Test
    void conflictIs409WithTheReferences() {
        List<FieldError> errors = List.of(new FieldError("program.curriculum[0].rotation", "'OB' is not a rotation"));
        Problem problem = assertProblem(new ConflictMapper().toResponse(new ConflictException("still used", errors)),
                409, "/problems/conflict");
        assertEquals(errors, problem.errors());
    }

    @Test
    void missingIs404() {
        assertProblem(new NotFoundMapper().toResponse(new ResourceNotFoundException("no program 7")), 404,
                "/problems/not-found");
    }

    @Test
    void aStringWhereANumberBelongsIs400NamingTheField() {
        JsonbException e = bindingError("{\"residents\": [{\"id\": \"R1\", \"pgy\": \"two\"}]}");
        Problem problem = assertProblem(new JsonbErrorMapper().toResponse(e), 400, "/problems/malformed-json");
        assertEquals("residents.pgy", problem.errors().get(0).field());
    }

    @Test
    void anUnknownPropertyIs400NamingIt() {
        JsonbException e = bindingError("{\"hours\": {\"halfDay\": 6, \"nightly\": 1}}");
        Problem problem = assertProblem(new JsonbErrorMapper().toResponse(e), 400, "/problems/malformed-json");
        assertEquals(new FieldError("hours.nightly", "unknown property"), problem.errors().get(0));
    }

    @Test
    void brokenSyntaxIs400WithThePosition() {
        JsonbException e = bindingError("{\"blocks\": 13,\n \"name\" ");
        Problem problem = assertProblem(new JsonbErrorMapper().toResponse(e), 400, "/problems/malformed-json");
        assertTrue(problem.errors().get(0).field().startsWith("line 2, column"), problem.errors().toString());
    }

    @Test
    void theRuntimesWrappingOfAReaderErrorIsSeenThrough() {
        ProcessingException wrapped = new ProcessingException("Error deserializing object from entity stream.",
                bindingError("{\"blocks\": 2.5}"));
        Problem problem = assertProblem(new ProcessingErrorMapper().toResponse(wrapped), 400, "/problems/malformed-json");
        assertEquals("blocks", problem.errors().get(0).field());
    }

    @Test
    void aBodyPastTheLimitIs413EvenInsideAParserError() {
        ProcessingException wrapped = new ProcessingException("x", new JsonbException("Internal error",
                new BodyTooLargeException(1024)));
        assertProblem(new ProcessingErrorMapper().toResponse(wrapped), 413, "/problems/payload-too-large");
    }

    @Test
    void runtimeHttpErrorsKeepTheirStatus() {
        assertProblem(new WebApplicationErrorMapper().toResponse(new NotSupportedException()), 415,
                "/problems/unsupported-media-type");
        assertProblem(new WebApplicationErrorMapper().toResponse(new NotFoundException()), 404, "/problems/not-found");
        assertProblem(new WebApplicationErrorMapper().toResponse(new WebApplicationException(413)), 413,
                "/problems/payload-too-large");
        Response notAllowed = new WebApplicationErrorMapper().toResponse(new NotAllowedException("GET"));
        assertProblem(notAllowed, 405, "/problems/method-not-allowed");
        assertEquals("GET", notAllowed.getHeaderString(HttpHeaders.ALLOW));
    }

    @Test
    void anythingElseIs500WithALogIdAndNoDetails() {
        Response response = new UnexpectedErrorMapper().toResponse(new IllegalStateException("secret table t_x"));
        Problem problem = assertProblem(response, 500, "/problems/internal-error");
        assertTrue(problem.detail().matches("logged as [0-9a-f-]{36}"), problem.detail());
        assertFalse(problem.toString().contains("secret"));
    }

    @Test
    void aLostUniqueRaceIs409() {
        RuntimeException e = new RuntimeException("tx", new SQLException("duplicate key", "23505"));
        assertProblem(new UnexpectedErrorMapper().toResponse(e), 409, "/problems/conflict");
    }

    private static JsonbException bindingError(String json) {
        return assertThrows(JsonbException.class, () -> STRICT.fromJson(json, ProgramDocument.class));
    }

    private static Problem assertProblem(Response response, int status, String type) {
        assertEquals(status, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals(status, problem.status());
        assertEquals(type, problem.type());
        return problem;
    }
}
