package org.residency.scheduler.absences.entity;

import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.format.FieldError;

import java.util.List;

/**
 * Where an absence request is: {@code REQUESTED} until a coordinator approves or rejects it or the
 * requester withdraws it; the other three are final (a second decision is a conflict, 409). Stored by name.
 */
public enum RequestStatus {
    REQUESTED, APPROVED, REJECTED, WITHDRAWN;

    /** What can happen to a request. */
    public enum Action {
        APPROVE(APPROVED), REJECT(REJECTED), WITHDRAW(WITHDRAWN);

        private final RequestStatus result;

        Action(RequestStatus result) {
            this.result = result;
        }
    }

    /** The status after {@code action}; only a pending request can be decided. */
    public RequestStatus after(Action action) {
        if (this != REQUESTED) {
            throw new ConflictException("the request is already " + name() + "; it cannot be "
                    + action.result.name() + " now", List.of(new FieldError("status", name())));
        }
        return action.result;
    }

    public boolean isFinal() {
        return this != REQUESTED;
    }
}
