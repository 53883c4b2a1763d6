package org.residency.scheduler.engine.cli;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.format.FormatJsonb;
import org.residency.scheduler.format.ProgramChecks;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleChecks;
import org.residency.scheduler.format.ScheduleDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the two formats from files, as strictly as check.py, with the format's shape checks. */
final class Documents implements AutoCloseable {

    private final Jsonb jsonb = JsonbBuilder.create(FormatJsonb.config());

    ProgramDocument program(Path file) throws BadInput {
        ProgramDocument program = parse(file, ProgramDocument.class);
        refuse(file, ProgramChecks.check(program));
        return program;
    }

    /** The schedule, checked against {@code program} (which must have passed its own checks). */
    ScheduleDocument schedule(Path file, ProgramDocument program) throws BadInput {
        ScheduleDocument schedule = parse(file, ScheduleDocument.class);
        refuse(file, ScheduleChecks.check(program, schedule));
        return schedule;
    }

    String toJson(Object document) {
        return jsonb.toJson(document);
    }

    private <T> T parse(Path file, Class<T> type) throws BadInput {
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInput(file + ": no such file");
        } catch (IOException e) {
            throw new BadInput(file + ": cannot read (" + e + ")");
        }
        try {
            T document = jsonb.fromJson(text, type);
            if (document == null) {
                throw new BadInput(file + ": expected a JSON object");
            }
            return document;
        } catch (JsonbException e) {
            throw new BadInput(file + ": not a well-formed document (" + rootMessage(e) + ")");
        }
    }

    private static void refuse(Path file, List<FieldError> errors) throws BadInput {
        if (!errors.isEmpty()) {
            throw new BadInput(file + ": " + errors.stream().map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("\n  ", "\n  ", "")));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @Override
    public void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close JSON-B", e);
        }
    }
}
