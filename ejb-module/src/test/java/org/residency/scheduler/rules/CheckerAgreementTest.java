package org.residency.scheduler.rules;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The validator agrees with the reference checker, check.py, rule by rule and metric by metric: on the
 * planted schedule of generated programs and on hundreds of seeded random mutations of it.
 */
class CheckerAgreementTest {

    /** Edits per mutated schedule, cycled: single mistakes and batches. */
    private static final int[] EDITS = {1, 1, 2, 3, 5, 12, 40};

    /** Label, mutated cases, rules the mutations must break at least, generate.py options. */
    static Stream<Arguments> programs() {
        return Stream.of(
                Arguments.of("6-3-year", 50, 15, new String[]{"--residents", "6", "--faculty", "3", "--seed", "1"}),
                Arguments.of("6-3-2blocks", 60, 15, new String[]{"--residents", "6", "--faculty", "3", "--seed", "2", "--blocks", "2"}),
                Arguments.of("18-12-2blocks", 80, 15, new String[]{"--residents", "18", "--faculty", "12", "--seed", "3", "--blocks", "2"}),
                Arguments.of("30-15-2blocks", 80, 15, new String[]{"--residents", "30", "--faculty", "15", "--seed", "4", "--blocks", "2"}),
                Arguments.of("18-12-30day-blocks", 80, 15, new String[]{"--residents", "18", "--faculty", "12", "--seed", "5", "--blocks", "3", "--block-days", "30"}),
                Arguments.of("12-6-20day-year", 40, 15, new String[]{"--residents", "12", "--faculty", "6", "--seed", "6", "--blocks", "1", "--block-days", "20"}),
                Arguments.of("30-15-year", 25, 15, new String[]{"--residents", "30", "--faculty", "15", "--seed", "7"}),
                Arguments.of("150-60-year", 7, 12, new String[]{"--residents", "150", "--faculty", "60", "--seed", "8"}));
    }

    @ParameterizedTest(name = "{0}: {1} mutated schedules")
    @MethodSource("programs")
    void countsAndMetricsAgreeWithCheckPy(String label, int cases, int minRulesHit, String[] options,
                                          @TempDir Path dir) {
        Formats.GeneratedProgram g = Formats.generate(dir, label, options);
        ValidationReport planted = new ScheduleValidator().validate(g.program(), g.planted());
        assertTrue(planted.ok(), () -> label + ": the planted schedule has violations " + planted.counts());
        assertAgreement(label, g, cases, dir, minRulesHit);
    }

    /**
     * Program settings the generator never writes: other supervision ratios or none (the default), no
     * requests (requestsGranted 1), a tight clinic, absences reaching outside the year.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void agreesOnProgramSettingsTheGeneratorLeavesAlone(String label, UnaryOperator<ProgramDocument> variant,
                                                       @TempDir Path dir) {
        Formats.GeneratedProgram g = Formats.generate(dir, label, "--residents", "18", "--faculty", "6",
                "--seed", "11", "--blocks", "2");
        Path file = dir.resolve(label + "-variant.json");
        Formats.write(file, variant.apply(g.program()));
        Formats.GeneratedProgram v = new Formats.GeneratedProgram(file, g.solutionFile(),
                Formats.readProgram(file), g.planted());
        assertAgreement(label, v, 30, dir, 12);
    }

    static Stream<Arguments> variants() {
        UnaryOperator<ProgramDocument> ratios = p -> with(p, p.clinic(), p.absences(), p.requests(),
                new ProgramDocument.Supervision(3, 5));
        UnaryOperator<ProgramDocument> defaults = p -> with(p, new ProgramDocument.Clinic(3), p.absences(), null, null);
        UnaryOperator<ProgramDocument> outside = p -> {
            List<ProgramDocument.Absence> absences = new ArrayList<>(p.absences());
            LocalDate start = LocalDate.parse(p.start());
            LocalDate last = start.plusDays((long) p.blocks() * p.blockDays() - 1);
            String r = p.residents().get(0).id();
            absences.add(new ProgramDocument.Absence(r, start.minusDays(9).toString(), start.plusDays(1).toString(), "X"));
            absences.add(new ProgramDocument.Absence(r, last.toString(), last.plusDays(9).toString(), "X"));
            absences.add(new ProgramDocument.Absence(r, last.plusDays(3).toString(), last.plusDays(9).toString(), "X"));
            return with(p, p.clinic(), absences, p.requests(), p.supervision());
        };
        return Stream.of(Arguments.of("ratios-3-5", ratios), Arguments.of("default-ratios-no-requests", defaults),
                Arguments.of("absences-outside-the-year", outside));
    }

    private static ProgramDocument with(ProgramDocument p, ProgramDocument.Clinic clinic,
                                        List<ProgramDocument.Absence> absences, List<ProgramDocument.Request> requests,
                                        ProgramDocument.Supervision supervision) {
        return new ProgramDocument(p.format(), p.name(), p.start(), p.blocks(), p.blockDays(), p.hours(),
                p.residents(), p.faculty(), p.rotations(), p.curriculum(), p.fixed(), clinic, absences, requests,
                supervision);
    }

    /** Validates the planted schedule and {@code cases} mutations of it, and compares with check.py. */
    private static void assertAgreement(String label, Formats.GeneratedProgram g, int cases, Path dir, int minRulesHit) {
        ScheduleValidator validator = new ScheduleValidator();
        List<Path[]> pairs = new ArrayList<>();
        List<ValidationReport> reports = new ArrayList<>();
        pairs.add(new Path[]{g.programFile(), g.solutionFile()});
        reports.add(validator.validate(g.program(), g.planted()));
        ScheduleMutator mutator = new ScheduleMutator(g.program(), label.hashCode());
        for (int i = 0; i < cases; i++) {
            ScheduleDocument mutated = mutator.mutate(g.planted(), EDITS[i % EDITS.length]);
            Path file = dir.resolve("case-" + i + ".json");
            Formats.write(file, mutated);
            pairs.add(new Path[]{g.programFile(), file});
            // Validate what check.py reads: the document as written and read back.
            reports.add(validator.validate(g.program(), Formats.readSchedule(file)));
        }
        List<JsonObject> expected = new ReferenceChecker(dir).check(pairs);
        Set<String> rulesHit = new TreeSet<>();
        for (int i = 0; i < pairs.size(); i++) {
            assertAgrees(label + " " + pairs.get(i)[1].getFileName(), expected.get(i), reports.get(i));
            reports.get(i).counts().forEach((rule, n) -> {
                if (n > 0) {
                    rulesHit.add(rule);
                }
            });
        }
        // The mutations must exercise the rules, or agreement would prove little.
        assertTrue(rulesHit.size() >= minRulesHit, () -> label + ": mutations only broke " + rulesHit);
    }

    private static void assertAgrees(String where, JsonObject expected, ValidationReport actual) {
        Map<String, Integer> hard = new LinkedHashMap<>();
        expected.getJsonObject("hard").forEach((rule, n) -> hard.put(rule, ((JsonNumber) n).intValue()));
        assertEquals(List.copyOf(hard.entrySet()), List.copyOf(actual.counts().entrySet()), where + ": hard counts");
        assertEquals(hard.values().stream().mapToInt(Integer::intValue).sum(), actual.violations().size(),
                where + ": one violation per counted unit");
        JsonObject soft = expected.getJsonObject("soft");
        assertEquals(soft.getInt("callSpread"), actual.soft().callSpread(), where + ": callSpread");
        assertEquals(soft.getJsonNumber("requestsGranted").doubleValue(), actual.soft().requestsGranted(),
                where + ": requestsGranted");
        assertEquals(soft.getInt("weekendCallSpread"), actual.soft().weekendCallSpread(), where + ": weekendCallSpread");
        assertEquals(soft.getInt("clinicSpread"), actual.soft().clinicSpread(), where + ": clinicSpread");
        assertEquals(hard.values().stream().allMatch(n -> n == 0), actual.ok(), where + ": ok");
    }
}
