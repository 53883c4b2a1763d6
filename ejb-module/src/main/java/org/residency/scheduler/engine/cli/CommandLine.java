package org.residency.scheduler.engine.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --option value} pairs and positional arguments, as the commands take them. Every option takes
 * a value; an unknown option, a missing value or a wrong number of positionals is bad input.
 */
final class CommandLine {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();
    private final String usage;

    private CommandLine(String usage) {
        this.usage = usage;
    }

    static CommandLine parse(String[] args, Set<String> options, int positionals, String usage) throws BadInput {
        CommandLine line = new CommandLine(usage);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (options.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw line.bad(arg + " needs a value");
                }
                line.values.put(arg, args[++i]);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw line.bad("unexpected argument '" + arg + "'");
            } else {
                line.positionals.add(arg);
            }
        }
        if (line.positionals.size() != positionals) {
            throw line.bad("expected " + positionals + " file argument(s), got " + line.positionals.size());
        }
        return line;
    }

    BadInput bad(String message) {
        return new BadInput(message + "\n" + usage);
    }

    String value(String option) {
        return values.get(option);
    }

    String positional(int index) {
        return positionals.get(index);
    }
}
