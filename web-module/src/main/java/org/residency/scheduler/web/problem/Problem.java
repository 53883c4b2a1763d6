package org.residency.scheduler.web.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.format.FieldError;

import java.util.List;

/** An RFC 9457 problem detail, with the field errors of an invalid or unreadable document. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
