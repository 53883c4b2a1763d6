package org.residency.scheduler.format;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.JsonException;
import org.residency.scheduler.common.InvalidDocumentException;

import java.util.List;

/**
 * Reads a {@code residency-program/1} document from text as strictly as the REST API binds it
 * ({@link FormatJsonb}), for callers that get a file rather than a request body (the import page).
 * Unreadable JSON is an {@link InvalidDocumentException} naming the line or the property; whether the
 * program is valid is {@code ProgramService.create}'s to check, as for REST.
 */
public final class ProgramReader {

    private static final Jsonb JSONB = JsonbBuilder.create(FormatJsonb.config());

    private ProgramReader() {
    }

    public static ProgramDocument read(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDocumentException(List.of(new FieldError("file", "the file is empty")));
        }
        try {
            ProgramDocument document = JSONB.fromJson(text, ProgramDocument.class);
            if (document == null) {
                throw new InvalidDocumentException(List.of(new FieldError("file", "the file holds JSON null")));
            }
            return document;
        } catch (JsonbException | JsonException e) {
            throw new InvalidDocumentException(List.of(JsonFieldErrors.describe(e)));
        }
    }
}
