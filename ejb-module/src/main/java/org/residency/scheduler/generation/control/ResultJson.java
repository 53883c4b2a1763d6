package org.residency.scheduler.generation.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.residency.scheduler.engine.Change;
import org.residency.scheduler.engine.EngineResult;
import org.residency.scheduler.engine.MetricBound;
import org.residency.scheduler.engine.Reason;

import java.util.List;
import java.util.Map;

/** The result of a solver job as the job view shows it. */
public final class ResultJson {

    private ResultJson() {
    }

    /** A stored schedule: where it is, its soft metrics, whether proven optimal; for a repair its changes. */
    public static String solved(String scheduleId, String link, EngineResult.Solved solved, boolean repair) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("outcome", "SOLVED").add("scheduleId", scheduleId)
                .add("schedule", link);
        described(json, solved);
        if (repair) {
            json.add("changeCount", solved.changes().size()).add("changes", changes(solved.changes()));
        }
        return json.build().toString();
    }

    /** A repair kept as an absence request's proposal: where to read it, and its changes. */
    public static String proposed(String link, EngineResult.Solved solved) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("outcome", "SOLVED").add("proposal", link);
        described(json, solved);
        return json.add("changeCount", solved.changes().size()).add("changes", changes(solved.changes())).build()
                .toString();
    }

    private static void described(JsonObjectBuilder json, EngineResult.Solved solved) {
        json.add("optimal", solved.optimal()).add("cancelled", solved.cancelled())
                .add("metrics", metrics(solved.metrics())).add("bounds", bounds(solved.bounds()))
                .add("elapsedMillis", solved.elapsed().toMillis());
    }

    /** Per metric the bound the engine proved for every schedule and whether the value reaches it. */
    private static JsonObjectBuilder bounds(Map<String, MetricBound> bounds) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        bounds.forEach((name, b) -> json.add(name, Json.createObjectBuilder().add("bound", b.bound())
                .add("optimal", b.optimal())));
        return json;
    }

    public static String infeasible(EngineResult.Infeasible infeasible) {
        JsonArrayBuilder reasons = Json.createArrayBuilder();
        for (Reason r : infeasible.reasons()) {
            JsonObjectBuilder reason = Json.createObjectBuilder().add("rule", r.rule());
            if (r.block() == null) {
                reason.addNull("block");
            } else {
                reason.add("block", r.block());
            }
            reasons.add(reason.add("people", Json.createArrayBuilder(r.people())).add("message", r.message()));
        }
        return Json.createObjectBuilder().add("outcome", "INFEASIBLE").add("reasons", reasons)
                .add("elapsedMillis", infeasible.elapsed().toMillis()).build().toString();
    }

    public static String stopped(EngineResult.Stopped stopped) {
        return Json.createObjectBuilder().add("outcome", "STOPPED").add("why", stopped.why())
                .add("elapsedMillis", stopped.elapsed().toMillis()).build().toString();
    }

    /** One line for the job's error: the first reason, and how many more there are. */
    public static String summary(List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return "no schedule exists";
        }
        Reason first = reasons.get(0);
        String more = reasons.size() == 1 ? "" : " (and " + (reasons.size() - 1) + " more reason(s))";
        return "no schedule exists: " + first.rule() + (first.block() == null ? "" : " in block " + first.block())
                + ": " + first.message() + more;
    }

    private static JsonObjectBuilder metrics(Map<String, Double> metrics) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        metrics.forEach((name, value) -> {
            if (value == null || value.isNaN() || value.isInfinite()) {
                json.addNull(name);
            } else {
                json.add(name, value);
            }
        });
        return json;
    }

    private static JsonArrayBuilder changes(List<Change> changes) {
        JsonArrayBuilder json = Json.createArrayBuilder();
        for (Change c : changes) {
            JsonObjectBuilder change = Json.createObjectBuilder().add("kind", c.kind().name()).add("date", c.date());
            text(change, "person", c.person());
            text(change, "before", c.before());
            text(change, "after", c.after());
            json.add(change);
        }
        return json;
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
