package org.residency.scheduler.engine;

/**
 * Lets another thread stop a running engine call. The engine polls it and stops the solver within a
 * fraction of a second; it then returns the best complete, valid schedule it already has, if any.
 */
public final class Cancellation {

    private volatile boolean requested;

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        requested = true;
    }

    public boolean isRequested() {
        return requested;
    }
}
