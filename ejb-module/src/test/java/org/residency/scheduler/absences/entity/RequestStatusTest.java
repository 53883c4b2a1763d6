package org.residency.scheduler.absences.entity;

import org.junit.jupiter.api.Test;
import org.residency.scheduler.common.ConflictException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestStatusTest {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 7, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aPendingRequestCanBeApprovedRejectedOrWithdrawn() {
        assertEquals(RequestStatus.APPROVED, RequestStatus.REQUESTED.after(RequestStatus.Action.APPROVE));
        assertEquals(RequestStatus.REJECTED, RequestStatus.REQUESTED.after(RequestStatus.Action.REJECT));
        assertEquals(RequestStatus.WITHDRAWN, RequestStatus.REQUESTED.after(RequestStatus.Action.WITHDRAW));
    }

    @Test
    void aDecidedRequestRefusesEveryFurtherDecision() {
        for (RequestStatus decided : new RequestStatus[]{RequestStatus.APPROVED, RequestStatus.REJECTED,
                RequestStatus.WITHDRAWN}) {
            assertTrue(decided.isFinal());
            for (RequestStatus.Action action : RequestStatus.Action.values()) {
                ConflictException refused = assertThrows(ConflictException.class, () -> decided.after(action));
                assertTrue(refused.getMessage().contains(decided.name()), refused.getMessage());
            }
        }
    }

    @Test
    void aSecondDecisionLeavesTheFirstOneAsItWas() {
        AbsenceRequest request = new AbsenceRequest(1, null, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 10),
                "VACATION", null, "resident-a", NOON);
        assertNull(request.getDecidedAt());
        request.decide(RequestStatus.Action.REJECT, "coordinator-a", NOON.plusHours(1), "short-staffed");
        assertThrows(ConflictException.class, () -> request.decide(RequestStatus.Action.APPROVE, "coordinator-b",
                NOON.plusHours(2), "ok after all"));
        assertEquals(RequestStatus.REJECTED, request.getStatus());
        assertEquals("coordinator-a", request.getDecidedBy());
        assertEquals(NOON.plusHours(1), request.getDecidedAt());
        assertEquals("short-staffed", request.getDecisionComment());
    }
}
