package org.residency.scheduler.absences.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.OptionalLong;

/**
 * A repair proposal runs as an ordinary repair job whose parameters also name the absence request: such
 * a job keeps its repaired schedule as a proposal instead of storing it and adding the absence.
 */
public final class ProposalJobs {

    static final String FIELD = "proposalFor";

    private ProposalJobs() {
    }

    public static JsonObjectBuilder mark(JsonObjectBuilder parameters, long requestId) {
        return parameters.add(FIELD, requestId);
    }

    public static OptionalLong requestOf(JsonObject parameters) {
        JsonNumber id = parameters.getJsonNumber(FIELD);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id.longValue());
    }

    public static String link(long programId, long requestId) {
        return "/api/programs/" + programId + "/absence-requests/" + requestId + "/repair-proposal";
    }
}
