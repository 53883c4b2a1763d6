package org.residency.scheduler.engine.cli;

import org.residency.scheduler.engine.SolveOptions;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code [--time-limit S] [--seed N] [--threads T] PROGRAM.json}; unset options keep the engine's defaults.
 *
 * @param program the program file
 * @param options the engine options
 */
record SolveArguments(Path program, SolveOptions options) {

    static final String USAGE = "usage: solve [--time-limit SECONDS] [--seed N] [--threads T] PROGRAM.json"
            + " > SCHEDULE.json";

    static SolveArguments parse(String... args) throws BadInput {
        SolveOptions options = SolveOptions.defaults();
        Path program = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--time-limit" -> options = options.withTimeLimit(seconds(value(args, ++i, arg)));
                case "--seed" -> options = options.withSeed(number(value(args, ++i, arg), arg, Long.MIN_VALUE));
                case "--threads" -> options = options.withThreads((int) number(value(args, ++i, arg), arg, 1));
                default -> {
                    if (arg.startsWith("-") || program != null) {
                        throw new BadInput("unexpected argument '" + arg + "'\n" + USAGE);
                    }
                    program = Path.of(arg);
                }
            }
        }
        if (program == null) {
            throw new BadInput("no program file given\n" + USAGE);
        }
        return new SolveArguments(program, options);
    }

    private static String value(String[] args, int i, String option) throws BadInput {
        if (i >= args.length) {
            throw new BadInput(option + " needs a value\n" + USAGE);
        }
        return args[i];
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

    private static long number(String text, String option, long least) throws BadInput {
        try {
            long value = Long.parseLong(text);
            if (value >= least && value <= Integer.MAX_VALUE || option.equals("--seed")) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInput(option + " needs a whole number" + (least > 0 ? " of at least " + least : "")
                + ", got '" + text + "'");
    }
}
