package org.residency.scheduler.rules;

/**
 * One broken hard rule, as a coordinator reads it.
 *
 * @param rule      the checker's rule name, e.g. {@code "post-call"}
 * @param personId  the resident or faculty member concerned, {@code null} for a session or block
 * @param firstDate the first ISO date the violation covers
 * @param lastDate  the last ISO date it covers (equal to {@code firstDate} for one day)
 * @param message   what is wrong, in the program's words
 * @param citation  the ACGME requirement, both numbering schemes, or {@code null} for a program rule
 */
public record Violation(String rule, String personId, String firstDate, String lastDate,
                        String message, String citation) {
}
