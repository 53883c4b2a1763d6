package org.residency.scheduler.lifecycle.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.residency.scheduler.rules.Violation;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

/** The JSON the life-cycle tables keep: changed cells of a swap, violations of an override. JSON-P, no binding. */
public final class LifecycleJson {

    private LifecycleJson() {
    }

    public static String cells(List<CellChange> changes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (CellChange c : changes) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("part", c.cell().part().name())
                    .add("date", c.cell().date().toString());
            add(o, "person", c.cell().person());
            add(o, "before", c.before());
            add(o, "after", c.after());
            array.add(o);
        }
        return array.build().toString();
    }

    public static List<CellChange> cells(String json) {
        return read(json).stream().map(JsonValue::asJsonObject).map(o -> new CellChange(
                new Cell(Cell.Part.valueOf(o.getString("part")), text(o, "person"), LocalDate.parse(o.getString("date"))),
                text(o, "before"), text(o, "after"))).toList();
    }

    public static String violations(List<Violation> violations) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Violation v : violations) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("rule", v.rule());
            add(o, "personId", v.personId());
            add(o, "firstDate", v.firstDate());
            add(o, "lastDate", v.lastDate());
            add(o, "message", v.message());
            add(o, "citation", v.citation());
            array.add(o);
        }
        return array.build().toString();
    }

    public static List<Violation> violations(String json) {
        return read(json).stream().map(JsonValue::asJsonObject).map(o -> new Violation(o.getString("rule"),
                text(o, "personId"), text(o, "firstDate"), text(o, "lastDate"), text(o, "message"),
                text(o, "citation"))).toList();
    }

    private static List<JsonValue> read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    private static void add(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static String text(JsonObject o, String name) {
        return o.isNull(name) ? null : o.getString(name);
    }
}
