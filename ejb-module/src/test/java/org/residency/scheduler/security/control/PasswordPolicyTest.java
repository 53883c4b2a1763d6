package org.residency.scheduler.security.control;

import org.junit.jupiter.api.Test;
import org.residency.scheduler.format.FieldError;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertTrue(PasswordPolicy.check("password", "dana", "correct horse battery").isEmpty());
    }

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertEquals(List.of(new FieldError("password", "must have at least 12 characters")),
                PasswordPolicy.check("password", "dana", "abcdefghijk"));
        assertTrue(PasswordPolicy.check("password", "dana", "abcdefghijkl").isEmpty());
    }

    @Test
    void charactersAreCountedNotUtf16Units() {
        String twelveEmoji = "\uD83D\uDE00".repeat(6) + "abcdef";
        assertTrue(PasswordPolicy.check("password", "dana", twelveEmoji).isEmpty());
    }

    @Test
    void overTheMaximumIsRefused() {
        assertEquals(List.of(new FieldError("password", "must have at most 128 characters")),
                PasswordPolicy.check("password", "dana", "ab".repeat(65)));
    }

    @Test
    void theUsernameInsideThePasswordIsRefusedWhateverTheCase() {
        assertEquals(List.of(new FieldError("password", "must not contain the username")),
                PasswordPolicy.check("password", "dana", "my-name-is-DANA-ok"));
    }

    @Test
    void oneRepeatedCharacterIsRefused() {
        assertEquals(List.of(new FieldError("password", "must not be one character repeated")),
                PasswordPolicy.check("password", "dana", "aaaaaaaaaaaaaa"));
    }

    @Test
    void aMissingPasswordIsReportedUnderTheGivenField() {
        assertEquals(List.of(new FieldError("newPassword", "is required")),
                PasswordPolicy.check("newPassword", "dana", null));
    }
}
