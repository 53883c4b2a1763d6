package org.residency.scheduler.engine.diagnosis;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.residency.scheduler.engine.Reason;
import org.residency.scheduler.format.ProgramDocument;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Soundness: generate.py plants a valid schedule in every program it writes, so the pre-check must find
 * no reason in any of them: seeds 1..20 of each size, plus programs with many absences (which the
 * presence-based arguments read) and with blocks that are not whole weeks.
 */
class FeasibleProgramsTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> programs() {
        return Stream.of(
                sizes("6", "3", 20, "--blocks", "2"),
                sizes("18", "12", 20),
                sizes("60", "30", 20),
                sizes("150", "60", 20),
                sizes("18", "12", 5, "--absence-rate", "0.2"),
                sizes("6", "3", 5, "--blocks", "3", "--block-days", "10", "--absence-rate", "0.15"))
                .flatMap(s -> s);
    }

    private static Stream<Arguments> sizes(String residents, String faculty, int seeds, String... more) {
        return IntStream.rangeClosed(1, seeds).mapToObj(seed -> Arguments.of(Stream.concat(
                Stream.of("--residents", residents, "--faculty", faculty, "--seed", String.valueOf(seed)),
                Stream.of(more)).toList()));
    }

    @ParameterizedTest
    @MethodSource("programs")
    void findsNoReasonInAProgramWithAPlantedSchedule(List<String> options) throws Exception {
        ProgramDocument program = GeneratedPrograms.generate(dir, options.toArray(String[]::new));
        List<Reason> reasons = ProgramDiagnosis.check(program);
        assertEquals(List.of(), reasons, String.join(" ", options));
    }
}
