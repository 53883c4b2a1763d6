package org.residency.scheduler.engine.cli;

import org.residency.scheduler.engine.Cancellation;
import org.residency.scheduler.engine.Change;
import org.residency.scheduler.engine.EngineResult;
import org.residency.scheduler.engine.MetricBound;
import org.residency.scheduler.engine.ScheduleEngine;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code scripts/repair}: absorbs a new absence (or a person's removal) into a schedule with as few
 * changes as the engine can, without the application server. The repaired schedule goes to stdout; the
 * count and list of changed assignments to stderr. Exit codes as {@link SolveCommand}.
 */
public final class RepairCommand {

    private static final Outcome OUTCOME = new Outcome("repair", "no valid schedule keeps the frozen days",
            (solved, seconds) -> Stream.concat(Stream.of("repair: " + solved.changes().size()
                    + " changed assignments in " + seconds + proof(solved)),
                    solved.changes().stream().map(RepairCommand::describe)).toList());

    private final ScheduleEngine engine;

    RepairCommand(ScheduleEngine engine) {
        this.engine = engine;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int code = new RepairCommand(new ScheduleEngine()).run(args, out, System.err);
        out.flush();
        System.exit(code);
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        try (Documents documents = new Documents()) {
            RepairArguments arguments = RepairArguments.parse(args);
            ProgramDocument program = documents.program(arguments.program());
            ScheduleDocument current = documents.schedule(arguments.schedule(), program);
            knownPerson(program, arguments);
            EngineResult result = engine.repair(program, current, arguments.request(), arguments.options(),
                    new ProgressPrinter(err), Cancellation.none());
            return OUTCOME.print(result, documents, out, err);
        } catch (BadInput e) {
            err.println("repair: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    private static void knownPerson(ProgramDocument program, RepairArguments arguments) throws BadInput {
        String person = arguments.request().newAbsence().map(ProgramDocument.Absence::person)
                .orElse(arguments.request().removedPerson());
        Set<String> people = Stream.concat(program.residents().stream().map(ProgramDocument.Resident::id),
                program.faculty().stream().map(ProgramDocument.Faculty::id)).collect(Collectors.toSet());
        if (!people.contains(person)) {
            throw new BadInput("'" + person + "' is not a resident or faculty member of the program");
        }
    }

    /** {@code - DAY R03 2026-09-01: RR -> AA}. */
    static String describe(Change change) {
        return "- " + change.kind() + " " + change.person() + " " + change.date() + ": " + change.before() + " -> "
                + change.after();
    }

    /** {@code (proved fewest)}, or the fewest any repair can have as far as the engine proved. */
    static String proof(EngineResult.Solved solved) {
        MetricBound bound = solved.bounds().get(EngineResult.CHANGED_ASSIGNMENTS);
        if (bound == null) {
            return solved.optimal() ? " (proved fewest)" : "";
        }
        return bound.optimal() ? " (proved fewest)" : " (at least " + (long) bound.bound() + " needed)";
    }
}
