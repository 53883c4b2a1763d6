package org.residency.scheduler.lifecycle.entity;

import org.junit.jupiter.api.Test;
import org.residency.scheduler.common.ConflictException;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.residency.scheduler.lifecycle.entity.SwapState.Action.ACCEPT;
import static org.residency.scheduler.lifecycle.entity.SwapState.Action.APPROVE;
import static org.residency.scheduler.lifecycle.entity.SwapState.Action.CANCEL;
import static org.residency.scheduler.lifecycle.entity.SwapState.Action.REJECT;
import static org.residency.scheduler.lifecycle.entity.SwapState.Action.ROLL_BACK;

class SwapStateTest {

    @Test
    void theHappyPathAndItsRollBack() {
        SwapState s = SwapState.OFFERED.after(ACCEPT);
        assertEquals(SwapState.ACCEPTED, s);
        s = s.after(APPROVE);
        assertEquals(SwapState.APPROVED, s);
        assertEquals(SwapState.ROLLED_BACK, s.after(ROLL_BACK));
    }

    @Test
    void offersCanBeCancelledOrRejectedUntilDecided() {
        assertEquals(SwapState.CANCELLED, SwapState.OFFERED.after(CANCEL));
        assertEquals(SwapState.CANCELLED, SwapState.ACCEPTED.after(CANCEL));
        assertEquals(SwapState.REJECTED, SwapState.OFFERED.after(REJECT));
        assertEquals(SwapState.REJECTED, SwapState.ACCEPTED.after(REJECT));
    }

    @Test
    void everyOtherMoveIsAConflictNamingTheState() {
        Set<String> allowed = Set.of("OFFERED ACCEPT", "OFFERED CANCEL", "OFFERED REJECT", "ACCEPTED CANCEL",
                "ACCEPTED APPROVE", "ACCEPTED REJECT", "APPROVED ROLL_BACK");
        int refused = 0;
        for (SwapState state : SwapState.values()) {
            for (SwapState.Action action : SwapState.Action.values()) {
                if (allowed.contains(state + " " + action)) {
                    continue;
                }
                ConflictException e = assertThrows(ConflictException.class, () -> state.after(action), state + " " + action);
                assertTrue(e.getMessage().startsWith("the swap is " + state), e.getMessage());
                refused++;
            }
        }
        assertEquals(SwapState.values().length * SwapState.Action.values().length - allowed.size(), refused);
        assertEquals(EnumSet.of(SwapState.OFFERED, SwapState.ACCEPTED),
                EnumSet.copyOf(java.util.Arrays.stream(SwapState.values()).filter(SwapState::open).toList()));
    }

    @Test
    void approvingAnOfferNobodyAcceptedSaysWhenItIsPossible() {
        ConflictException e = assertThrows(ConflictException.class, () -> SwapState.OFFERED.after(APPROVE));
        assertEquals("the swap is OFFERED; approve is possible only when it is ACCEPTED", e.getMessage());
    }
}
