package org.residency.scheduler.security.control;

import org.residency.scheduler.format.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be, after NIST SP 800-63B: long enough, not absurdly long (PBKDF2 hashes the
 * whole text on every check), not the username, and not one character repeated. No composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The reasons the password is refused, each under {@code field}; empty when it is acceptable. */
    public static List<FieldError> check(String field, String username, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError(field, "is required"));
            return errors;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            errors.add(new FieldError(field, "must have at least " + MIN_LENGTH + " characters"));
        }
        if (length > MAX_LENGTH) {
            errors.add(new FieldError(field, "must have at most " + MAX_LENGTH + " characters"));
        }
        if (password.isBlank() || password.codePoints().distinct().count() == 1) {
            errors.add(new FieldError(field, "must not be one character repeated"));
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(field, "must not contain the username"));
        }
        return errors;
    }
}
