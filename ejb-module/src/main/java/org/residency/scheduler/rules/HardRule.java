package org.residency.scheduler.rules;

/** One hard rule of the schedule format: finds its violations and reports each unit it counts. */
public interface HardRule {

    /** The rule's name as the reference checker spells it, e.g. {@code "hours-80"}. */
    String name();

    /** The ACGME citation in both numbering schemes, or {@code null} for a program rule. */
    default String citation() {
        return null;
    }

    /** Adds one violation to {@code out} per unit the reference checker counts for this rule. */
    void check(RuleContext ctx, Violations out);
}
