package org.residency.scheduler.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.residency.scheduler.format.ScheduleDocument;

/** The JSON text of a schedule document, as cached and as served. One thread-safe Jsonb for the application. */
@ApplicationScoped
public class ScheduleJson {

    private final Jsonb jsonb = JsonbBuilder.create();

    public String write(ScheduleDocument document) {
        return jsonb.toJson(document);
    }
}
