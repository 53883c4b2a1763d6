package org.residency.scheduler.program.control;

import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.format.ProgramChecks;
import org.residency.scheduler.format.ProgramDocument;

import java.util.List;
import java.util.Objects;

/**
 * Every edit of a stored program is first applied to its document and the whole document re-checked, so
 * the stored program is always one that {@code ProgramChecks} accepts.
 */
public final class ProgramEdits {

    private ProgramEdits() {
    }

    /** For an added or replaced item: a bad result is the request body's fault (422). */
    public static void requireValid(ProgramDocument candidate) {
        InvalidDocumentException.requireNone(ProgramChecks.check(candidate));
    }

    /** For a removal: a bad result means something still refers to what goes (409). */
    public static void requireUnreferenced(ProgramDocument candidate, String what) {
        List<FieldError> errors = ProgramChecks.check(candidate);
        if (!errors.isEmpty()) {
            throw new ConflictException(what + " is still referred to", errors);
        }
    }

    /** The id in the body, when given, must be the one in the path: ids are keys and do not change. */
    public static String requireSameId(String pathId, String bodyId, String field) {
        if (bodyId != null && !Objects.equals(pathId, bodyId)) {
            throw new InvalidDocumentException(List.of(new FieldError(field,
                    "is '" + bodyId + "' but the path names '" + pathId + "'; ids cannot change")));
        }
        return pathId;
    }
}
