package org.residency.scheduler.common;

import jakarta.ejb.ApplicationException;

/** The caller's role may call this, but not for this person or thing (a resident acting for another): HTTP 403. */
@ApplicationException(rollback = true)
public class ForbiddenActionException extends RuntimeException {

    public ForbiddenActionException(String message) {
        super(message);
    }
}
