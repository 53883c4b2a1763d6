package org.residency.scheduler.security.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.security.entity.AuditEntry;

import java.time.OffsetDateTime;

/** An audit entry as admins read it; {@code before} and {@code after} are JSON text as recorded. */
@JsonbPropertyOrder({"id", "at", "username", "method", "path", "entity", "status", "location", "before", "after"})
public record AuditRecord(long id, OffsetDateTime at, String username, String method, String path, String entity,
                          int status, String location, String before, String after) {

    static AuditRecord of(AuditEntry e) {
        return new AuditRecord(e.getId(), e.getAt(), e.getUsername(), e.getMethod(), e.getPath(), e.getEntity(),
                e.getStatus(), e.getLocation(), e.getBefore(), e.getAfter());
    }
}
