package org.residency.scheduler.web.json;

import java.io.IOException;

/**
 * Thrown from inside the entity stream, so it is an IOException: the JSON parser wraps it, and the
 * problem mapping finds it again in the cause chain (413 rather than 400).
 */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("the body is larger than " + limit + " bytes");
    }
}
