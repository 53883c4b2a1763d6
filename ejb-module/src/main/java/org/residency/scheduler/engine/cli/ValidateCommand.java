package org.residency.scheduler.engine.cli;

import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.rules.ScheduleValidator;
import org.residency.scheduler.rules.ValidationReport;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code scripts/validate PROGRAM.json SCHEDULE.json}: the project's validator on two files. Prints a
 * JSON report shaped like check.py's; exits 0 without hard violations, 1 with some, 2 on bad input.
 */
public final class ValidateCommand {

    static final String USAGE = "usage: validate PROGRAM.json SCHEDULE.json";

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int code = new ValidateCommand().run(args, out, System.err);
        out.flush();
        System.exit(code);
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || args[0].startsWith("-") || args[1].startsWith("-")) {
            err.println(USAGE);
            return ExitCode.BAD_INPUT;
        }
        try (Documents documents = new Documents()) {
            ProgramDocument program = documents.program(Path.of(args[0]));
            ScheduleDocument schedule = documents.schedule(Path.of(args[1]), program);
            ValidationReport report = new ScheduleValidator().validate(program, schedule);
            out.println(CheckerStyleReport.pretty(CheckerStyleReport.of(program, report)));
            return report.ok() ? ExitCode.OK : ExitCode.FAILED;
        } catch (BadInput e) {
            err.println("validate: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }
}
