package org.residency.scheduler.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RedactionTest {

    @Test
    void passwordPropertiesAreReplacedAtAnyDepth() {
        assertEquals("{\"username\":\"dana\",\"password\":\"[redacted]\",\"x\":[{\"newPassword\":\"[redacted]\"}]}",
                Redaction.forAudit("{\"username\":\"dana\",\"password\":\"s3cret-pass\",\"x\":[{\"newPassword\":\"p\"}]}", 1000));
    }

    @Test
    void largeBodiesAreNotedBySizeOnly() {
        assertEquals("{\"omitted\":\"21 characters\"}", Redaction.forAudit("{\"a\":\"0123456789abc\"}", 10));
    }

    @Test
    void unreadableBodiesKeepNothingButTheirSize() {
        assertEquals("{\"unreadable\":\"9 characters\"}", Redaction.forAudit("password=", 100));
    }

    @Test
    void noBodyIsNull() {
        assertNull(Redaction.forAudit("", 100));
    }
}
