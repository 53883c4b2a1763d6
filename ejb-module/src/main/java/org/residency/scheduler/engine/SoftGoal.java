package org.residency.scheduler.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The soft metrics of the format the engine optimises, by the name the format gives them. */
public enum SoftGoal {
    CALL_SPREAD("callSpread"),
    WEEKEND_CALL_SPREAD("weekendCallSpread"),
    REQUESTS_GRANTED("requestsGranted"),
    CLINIC_SPREAD("clinicSpread");

    /** The order the programme asks for unless a caller says otherwise. */
    public static final List<SoftGoal> DEFAULT_ORDER =
            List.of(CALL_SPREAD, WEEKEND_CALL_SPREAD, REQUESTS_GRANTED, CLINIC_SPREAD);

    private final String wireName;

    SoftGoal(String wireName) {
        this.wireName = wireName;
    }

    /** The metric's name in the format and in {@code check.py}'s output. */
    public String wireName() {
        return wireName;
    }

    public static Optional<SoftGoal> fromWireName(String name) {
        return Arrays.stream(values()).filter(g -> g.wireName.equals(name)).findFirst();
    }
}
