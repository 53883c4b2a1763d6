package org.residency.scheduler.jobs.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.residency.scheduler.jobs.entity.JobKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JobMessageTest {

    @Test
    void roundTripsThroughJson() {
        JobMessage message = new JobMessage(42, JobKind.VALIDATE_SCHEDULE);
        assertEquals(message, JobMessage.parse(message.toJson()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1]", "{}", "{\"jobId\": 1.5, \"kind\": \"VALIDATE_SCHEDULE\"}",
            "{\"jobId\": \"1\", \"kind\": \"VALIDATE_SCHEDULE\"}", "{\"jobId\": 1}",
            "{\"jobId\": 1, \"kind\": \"UNKNOWN\"}", "{\"jobId\": 1, \"kind\": 3}",
            "{\"jobId\": 99999999999999999999999, \"kind\": \"VALIDATE_SCHEDULE\"}"})
    void rejectsWhatNoConsumerCouldProcess(String text) {
        assertThrows(MalformedJobMessageException.class, () -> JobMessage.parse(text));
    }
}
