package org.residency.scheduler.export.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A person's feed as anyone allowed may see it again: whether one is issued, when and by whom. The token
 * itself is shown once, when issued ({@link IssuedFeed}); only its hash is stored.
 */
@JsonbPropertyOrder({"programId", "personId", "issuedAt", "issuedBy"})
public record CalendarFeedStatus(long programId, String personId, String issuedAt, String issuedBy) {
}
