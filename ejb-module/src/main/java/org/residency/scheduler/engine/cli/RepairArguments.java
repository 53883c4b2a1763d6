package org.residency.scheduler.engine.cli;

import org.residency.scheduler.engine.RepairRequest;
import org.residency.scheduler.engine.SolveOptions;
import org.residency.scheduler.format.ProgramDocument;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code [engine options] (--absence PERSON,START,END[,KIND] | --remove PERSON) [--freeze DATE] PROGRAM SCHEDULE}.
 * The freeze date defaults to the absence's first day; a removal needs one.
 */
record RepairArguments(Path program, Path schedule, RepairRequest request, SolveOptions options) {

    static final String USAGE = "usage: repair [--time-limit SECONDS] [--seed N] [--threads T] [--effort optimise|first-valid]"
            + " [--repeatable yes|no]"
            + " (--absence PERSON,START,END[,KIND] | --remove PERSON) [--freeze DATE] PROGRAM.json SCHEDULE.json"
            + " > REPAIRED.json";

    static RepairArguments parse(String... args) throws BadInput {
        CommandLine line = CommandLine.parse(args, SolveArguments.engineOptionsAnd("--absence", "--remove", "--freeze"),
                2, USAGE);
        String absence = line.value("--absence");
        String removed = line.value("--remove");
        if ((absence == null) == (removed == null)) {
            throw line.bad("give either --absence or --remove");
        }
        String freeze = line.value("--freeze");
        RepairRequest request;
        if (absence != null) {
            ProgramDocument.Absence a = absence(absence, line);
            request = RepairRequest.absence(a, freeze == null ? date(a.start(), "--absence") : date(freeze, "--freeze"));
        } else {
            if (freeze == null) {
                throw line.bad("--remove needs --freeze DATE (the first day the person is gone)");
            }
            request = RepairRequest.removal(removed, date(freeze, "--freeze"));
        }
        return new RepairArguments(Path.of(line.positional(0)), Path.of(line.positional(1)), request,
                SolveArguments.engineOptions(line));
    }

    private static ProgramDocument.Absence absence(String text, CommandLine line) throws BadInput {
        String[] parts = text.split(",", -1);
        if (parts.length < 3 || parts.length > 4 || parts[0].isBlank()) {
            throw line.bad("--absence takes PERSON,START,END[,KIND], got '" + text + "'");
        }
        LocalDate first = date(parts[1], "--absence");
        LocalDate last = date(parts[2], "--absence");
        if (last.isBefore(first)) {
            throw new BadInput("--absence: end " + last + " is before start " + first);
        }
        return new ProgramDocument.Absence(parts[0], first.toString(), last.toString(),
                parts.length == 4 ? parts[3] : "SICK");
    }

    private static LocalDate date(String text, String option) throws BadInput {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadInput(option + ": '" + text + "' is not an ISO date");
        }
    }
}
