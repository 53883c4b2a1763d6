package org.residency.scheduler.engine.cli;

/** The commands' exit codes; 0, 1 and 2 mean what they mean for {@code check.py}. */
final class ExitCode {

    /** A schedule was written (solve), or the schedule has no hard violation (validate). */
    static final int OK = 0;
    /** The program has no schedule (solve), or the schedule breaks a hard rule (validate). */
    static final int FAILED = 1;
    /** Wrong arguments, or an input that is unreadable or ill-shaped. */
    static final int BAD_INPUT = 2;
    /** The engine stopped (time limit) before it had any valid schedule; feasibility unknown. */
    static final int STOPPED = 3;

    private ExitCode() {
    }
}
