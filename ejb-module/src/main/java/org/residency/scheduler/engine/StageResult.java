package org.residency.scheduler.engine;

/** What one stage's solve gave: the solver outcome and the decoded value ({@code null} without a solution). */
record StageResult<T>(CpSolve.Outcome outcome, T value) {

    boolean solved() {
        return value != null;
    }
}
