package org.residency.scheduler.generation.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import org.residency.scheduler.jobs.control.JobFailedException;
import org.residency.scheduler.jobs.entity.Job;

import java.io.StringReader;

/** The parameters stored with a solver job, read back as JSON. */
final class JobParameters {

    private JobParameters() {
    }

    static JsonObject read(Job job) {
        if (job.getParameters() == null) {
            throw new JobFailedException("job " + job.getId() + " has no parameters");
        }
        try (var reader = Json.createReader(new StringReader(job.getParameters()))) {
            return reader.readObject();
        } catch (JsonException | ClassCastException e) {
            throw new JobFailedException("job " + job.getId() + " has unreadable parameters: " + e.getMessage());
        }
    }
}
