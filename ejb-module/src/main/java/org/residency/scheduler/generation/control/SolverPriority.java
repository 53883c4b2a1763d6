package org.residency.scheduler.generation.control;

import com.sun.jna.Library;
import com.sun.jna.Native;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Solving below the priority of requests. On two cores a generation's solver threads took both, and
 * schedule reads arriving meanwhile waited behind them (p95 680 ms instead of 20 ms, docs/benchmarks.md).
 * A solve therefore runs on a thread of its own whose Linux nice value is raised ({@code engine.nice},
 * environment {@code ENGINE_NICE}, default 19: a CFS weight of 15 against a request thread's 1024, so a
 * request that wants the CPU gets it, while the solver has every cycle nobody else wants). CP-SAT's workers are native threads created by
 * that thread and inherit the value. A fresh thread each time, because an unprivileged thread may raise its
 * nice value but never lower it again: a pooled thread would stay slow afterwards.
 */
public final class SolverPriority {

    private static final Logger LOG = Logger.getLogger(SolverPriority.class.getName());
    private static final int PRIO_PROCESS = 0;
    private static volatile boolean warned;

    /** setpriority(2): on Linux the nice value belongs to a thread, and "who = 0" is the calling thread. */
    private interface LibC extends Library {
        int setpriority(int which, int who, int prio);
    }

    private SolverPriority() {
    }

    /** Runs the work on a new thread at the given nice value (0 = as the caller) and waits for it. */
    public static <T> T call(String name, int nice, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(() -> {
            lowerCurrentThread(nice);
            return work.call();
        });
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the solve stops through its Cancellation, not by interruption
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Raises the calling thread's nice value; where that is impossible (not Linux, no JNA) the solve runs at
     * normal priority, with one warning in the log.
     */
    public static void lowerCurrentThread(int nice) {
        if (nice <= 0) {
            return;
        }
        try {
            if (Native.load("c", LibC.class).setpriority(PRIO_PROCESS, 0, Math.min(nice, 19)) != 0) {
                warnOnce("setpriority failed with errno " + Native.getLastError(), null);
            }
        } catch (LinkageError | RuntimeException e) {
            warnOnce("cannot change thread priorities here", e);
        }
    }

    private static void warnOnce(String why, Throwable e) {
        if (!warned) {
            warned = true;
            LOG.log(Level.WARNING, "Solver threads run at normal priority (" + why + "): requests may wait behind a solve", e);
        }
    }
}
