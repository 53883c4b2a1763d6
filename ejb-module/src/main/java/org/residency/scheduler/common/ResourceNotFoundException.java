package org.residency.scheduler.common;

import jakarta.ejb.ApplicationException;

/** The program, person, rotation, absence or schedule named does not exist (HTTP 404). */
@ApplicationException(rollback = true)
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
