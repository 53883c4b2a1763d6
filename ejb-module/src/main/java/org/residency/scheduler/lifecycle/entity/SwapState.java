package org.residency.scheduler.lifecycle.entity;

import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.format.FieldError;

import java.util.List;
import java.util.Map;

/**
 * The life of a swap: OFFERED by a resident, ACCEPTED by another, then APPROVED (applied to the published
 * schedule) or REJECTED by a coordinator; the offer can be CANCELLED until it is decided, and an approved
 * swap ROLLED_BACK. Stored by name.
 */
public enum SwapState {
    OFFERED, ACCEPTED, APPROVED, REJECTED, CANCELLED, ROLLED_BACK;

    public enum Action { ACCEPT, CANCEL, APPROVE, REJECT, ROLL_BACK }

    private static final Map<SwapState, Map<Action, SwapState>> MOVES = Map.of(
            OFFERED, Map.of(Action.ACCEPT, ACCEPTED, Action.CANCEL, CANCELLED, Action.REJECT, REJECTED),
            ACCEPTED, Map.of(Action.CANCEL, CANCELLED, Action.APPROVE, APPROVED, Action.REJECT, REJECTED),
            APPROVED, Map.of(Action.ROLL_BACK, ROLLED_BACK));

    /** The state the action leads to; 409 when the action is not possible in this state. */
    public SwapState after(Action action) {
        SwapState next = MOVES.getOrDefault(this, Map.of()).get(action);
        if (next == null) {
            String message = "the swap is " + this + "; " + action.name().toLowerCase().replace('_', ' ')
                    + " is possible only when it is " + String.join(" or ", MOVES.entrySet().stream()
                    .filter(e -> e.getValue().containsKey(action)).map(e -> e.getKey().name()).sorted().toList());
            throw new ConflictException(message, List.of(new FieldError("state", message)));
        }
        return next;
    }

    public boolean open() {
        return this == OFFERED || this == ACCEPTED;
    }
}
