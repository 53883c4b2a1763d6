package org.residency.scheduler.security.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** One page of the audit log, newest first. */
@JsonbPropertyOrder({"total", "offset", "limit", "entries"})
public record AuditPage(long total, int offset, int limit, List<AuditRecord> entries) {
}
