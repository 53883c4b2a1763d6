package org.residency.scheduler.engine.cli;

import org.residency.scheduler.engine.SolveOptions;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code [--time-limit S] [--seed N] [--threads T] [--effort optimise|first-valid] [--repeatable yes|no]
 * [--warm-up yes|no] PROGRAM.json}; unset options keep the engine's defaults (optimise, not repeatable,
 * no warm-up).
 *
 * @param program the program file
 * @param options the engine options
 * @param warmUp  solve once before the run that counts, in the same JVM (class loading, JIT and OR-Tools'
 *                native library then cost the reported time nothing, as in a server that has run before)
 */
record SolveArguments(Path program, SolveOptions options, boolean warmUp) {

    static final String USAGE = "usage: solve [--time-limit SECONDS] [--seed N] [--threads T] [--effort optimise|first-valid]"
            + " [--repeatable yes|no] [--warm-up yes|no] PROGRAM.json > SCHEDULE.json";
    static final Set<String> ENGINE_OPTIONS = Set.of("--time-limit", "--seed", "--threads", "--effort", "--repeatable");

    static SolveArguments parse(String... args) throws BadInput {
        CommandLine line = CommandLine.parse(args, engineOptionsAnd("--warm-up"), 1, USAGE);
        return new SolveArguments(Path.of(line.positional(0)), engineOptions(line),
                yesNo(line, "--warm-up", false));
    }

    private static boolean yesNo(CommandLine line, String option, boolean unset) throws BadInput {
        String value = line.value(option);
        if (value == null) {
            return unset;
        }
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new BadInput(option + " is yes or no, got '" + value + "'");
        };
    }

    /** The options every engine command takes, plus {@code more}. */
    static Set<String> engineOptionsAnd(String... more) {
        Set<String> all = new HashSet<>(ENGINE_OPTIONS);
        all.addAll(Set.of(more));
        return all;
    }

    static SolveOptions engineOptions(CommandLine line) throws BadInput {
        SolveOptions options = SolveOptions.defaults();
        if (line.value("--time-limit") != null) {
            options = options.withTimeLimit(seconds(line.value("--time-limit")));
        }
        if (line.value("--seed") != null) {
            options = options.withSeed(whole(line.value("--seed"), "--seed", Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (line.value("--threads") != null) {
            options = options.withThreads((int) whole(line.value("--threads"), "--threads", 1, 64));
        }
        if (line.value("--effort") != null) {
            options = options.withEffort(switch (line.value("--effort")) {
                case "optimise" -> SolveOptions.Effort.OPTIMISE;
                case "first-valid" -> SolveOptions.Effort.FIRST_VALID;
                default -> throw new BadInput("--effort is optimise or first-valid, got '" + line.value("--effort") + "'");
            });
        }
        if (line.value("--repeatable") != null) {        // deterministic batches: same seed and threads, same schedule
            options = options.withDeterministic(switch (line.value("--repeatable")) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw new BadInput("--repeatable is yes or no, got '" + line.value("--repeatable") + "'");
            });
        }
        return options;
    }

    private static Duration seconds(String text) throws BadInput {
        try {
            BigDecimal seconds = new BigDecimal(text);
            if (seconds.signum() > 0) {
                return Duration.ofMillis(seconds.movePointRight(3).longValueExact());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        throw new BadInput("--time-limit needs a positive number of seconds (at most millisecond precision), got '"
                + text + "'");
    }

    private static long whole(String text, String option, long least, long most) throws BadInput {
        try {
            long value = Long.parseLong(text);
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInput(option + " needs a whole number" + (least > Long.MIN_VALUE ? " from " + least + " to "
                + most : "") + ", got '" + text + "'");
    }
}
