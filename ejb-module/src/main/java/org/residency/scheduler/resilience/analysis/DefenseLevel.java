package org.residency.scheduler.resilience.analysis;

/** The five defense levels, each with the response it calls for (shown to coordinators). */
public enum DefenseLevel {
    GREEN(1, "Normal operations: keep the published schedule, review resilience weekly."),
    YELLOW(2, "Watch: confirm cover for the people named critical, cross-train, keep leave requests under review."),
    ORANGE(3, "Prepare: check the precomputed fallback schedules, defer non-essential leave and electives."),
    RED(4, "Act: activate a fallback or repair now, cancel electives and non-clinical time, inform the program director."),
    BLACK(5, "Crisis: essential services only; escalate to the institution for outside cover.");

    private final int number;
    private final String response;

    DefenseLevel(int number, String response) {
        this.number = number;
        this.response = response;
    }

    /** 1 (GREEN) .. 5 (BLACK), the value of the {@code resilience_defense_level} gauge. */
    public int number() {
        return number;
    }

    public String response() {
        return response;
    }

    public DefenseLevel atLeast(DefenseLevel other) {
        return other.number > number ? other : this;
    }
}
