package org.residency.scheduler.resilience.analysis;

import java.util.List;
import java.util.Optional;

/**
 * A notification to send, with the key that deduplicates it: the same key is sent once.
 *
 * @param key       what makes it the same alert (program, kind, and the finding's identity)
 * @param programId the program concerned
 * @param subject   one line, with the cause
 * @param text      the body
 */
public record AlertMessage(String key, long programId, String subject, String text) {

    /** A rise of the defense level, once per recorded change. */
    public static Optional<AlertMessage> levelRose(long programId, String programName, long changeId, LevelChange change) {
        if (!change.rise()) {
            return Optional.empty();
        }
        return Optional.of(new AlertMessage("level:" + programId + ":" + changeId, programId,
                programName + ": defense level " + change.to() + " (" + change.to().number() + ")",
                "The defense level of " + programName + " rose from " + (change.from() == null ? "none" : change.from())
                        + " to " + change.to() + " at " + change.at() + ".\nCause: " + change.cause()
                        + "\nResponse: " + change.to().response()));
    }

    /** People a schedule version cannot lose, once per program, schedule version and set of people. */
    public static Optional<AlertMessage> criticalPeople(long programId, String programName, String scheduleKey,
                                                        String scheduleVersion, List<String> people) {
        if (people.isEmpty()) {
            return Optional.empty();
        }
        List<String> sorted = people.stream().sorted().toList();
        return Optional.of(new AlertMessage("critical:" + programId + ":" + scheduleKey + "@" + scheduleVersion + ":"
                + String.join(",", sorted), programId,
                programName + ": " + sorted.size() + " critical " + (sorted.size() == 1 ? "person" : "people")
                        + " (N-1): " + String.join(", ", sorted),
                "Schedule " + scheduleKey + " of " + programName + " cannot be repaired without hard violations if "
                        + (sorted.size() == 1 ? "this person is" : "any one of these people is") + " away: "
                        + String.join(", ", sorted) + ".\nSee GET /api/programs/" + programId + "/resilience."));
    }
}
