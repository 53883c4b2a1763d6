package org.residency.scheduler.resilience.analysis;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.engine.Cancellation;
import org.residency.scheduler.engine.EngineResult;
import org.residency.scheduler.engine.ProgressListener;
import org.residency.scheduler.engine.RepairRequest;
import org.residency.scheduler.engine.ScheduleEngine;
import org.residency.scheduler.engine.SolveOptions;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.rules.Formats;
import org.residency.scheduler.rules.ScheduleValidator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * N-1 on the small example's year, mutated so that block 1 keeps exactly three call-pool residents:
 * every night needs a call-pool resident and call-spacing allows one call in three nights per resident,
 * so any three consecutive nights need three different pool residents. Losing one of the three for the
 * whole block therefore cannot be absorbed (known critical); a resident outside the call pool can.
 */
class ContingencyAnalysisTest {

    private static final ScheduleEngine ENGINE = new ScheduleEngine();
    private static ProgramDocument program;
    private static ScheduleDocument year;
    private static LocalDate blockOne;
    private static List<String> pool;
    private static List<String> outsidePool;

    @BeforeAll
    static void aYearWithThreeCallPoolResidentsInBlockOne() {
        ProgramDocument small = Formats.readProgram(Formats.dir().resolve("examples").resolve("small.json"));
        blockOne = LocalDate.parse(small.start());
        ScheduleDocument generated = solved(ENGINE.generate(small, options(), ProgressListener.NONE,
                Cancellation.none())).schedule();
        List<String> inPool = residentsOfBlockOne(small, generated, true);
        assertTrue(inPool.size() >= 3, "the engine keeps at least three call-pool residents: " + inPool);
        program = small;
        year = generated;
        for (String extra : inPool.subList(3, inPool.size())) {      // away for block 1: the pool shrinks to three
            ProgramDocument.Absence away = new ProgramDocument.Absence(extra, blockOne.toString(),
                    blockOne.plusDays(27).toString(), "LEAVE");
            EngineResult.Solved repaired = solved(ENGINE.repair(program, year, RepairRequest.absence(away, blockOne),
                    options(), ProgressListener.NONE, Cancellation.none()));
            program = repaired.program();
            year = repaired.schedule();
        }
        assertTrue(new ScheduleValidator().validate(program, year).ok());
        pool = inPool.subList(0, 3);
        outsidePool = residentsOfBlockOne(program, year, false);
    }

    @Test
    void theThreeCallPoolResidentsAreCriticalAndTheOthersAreSafe() {
        List<Integer> progress = new ArrayList<>();
        List<ContingencyCase> cases = analysis().singles(program, year, blockOne, Cancellation.none(),
                p -> { synchronized (progress) { progress.add(p); } });

        Map<String, ContingencyCase> byPerson = cases.stream()
                .collect(Collectors.toMap(c -> c.people().get(0), c -> c));
        for (String resident : pool) {
            assertEquals(ContingencyCase.Outcome.INFEASIBLE, byPerson.get(resident).outcome(), resident + " is critical");
        }
        assertTrue(!outsidePool.isEmpty() || !program.faculty().isEmpty());
        for (String safe : outsidePool) {
            ContingencyCase c = byPerson.get(safe);
            assertEquals(ContingencyCase.Outcome.REPAIRED, c.outcome(), safe + " outside the pool is redundant");
            assertTrue(new ScheduleValidator().validate(
                    ContingencyAnalysis.withAbsence(program, new ProgramDocument.Absence(safe, blockOne.toString(),
                            blockOne.plusDays(27).toString(), "X")), c.repaired()).ok(), "the repair is valid");
            assertEquals(ContingencyAnalysis.changes(year, c.repaired()), c.changes());
            assertTrue(c.changes() > 0, "a resident's month away changes days");
        }
        assertEquals(Set.copyOf(pool), cases.subList(0, 3).stream().map(c -> c.people().get(0))
                .collect(Collectors.toSet()), "the critical ones rank first");
        assertEquals(program.residents().size() + program.faculty().size(), cases.size());
        assertEquals(100, progress.stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    @Test
    void pairsAmongTheTopRankedWithACriticalMemberAreInfeasibleWithoutSolving() {
        ContingencySettings onlyOutside = new ContingencySettings(28, Duration.ofSeconds(20), 2, 0, 5);
        ContingencyReport report = new ContingencyAnalysis(ENGINE, onlyOutside)
                .analyse(program, year, blockOne, Cancellation.none(), p -> { });
        assertTrue(report.pairRule().startsWith("the 10 pairs among the 5 people ranked highest by N-1"),
                report.pairRule());
        assertEquals(10, report.pairs().size());
        Map<String, Boolean> seen = new HashMap<>();
        for (ContingencyCase pair : report.pairs()) {
            boolean hasCritical = pair.people().stream().anyMatch(pool::contains);
            assertEquals(hasCritical, pair.critical(), pair.people() + " critical iff it holds a pool resident");
            assertEquals(hasCritical, pair.millis() == 0, "only the pair without a critical member is solved");
            seen.put(String.join("+", pair.people()), true);
        }
        assertEquals(3, report.counts().criticalPeople());
        assertEquals(0, report.counts().criticalPairs(), "pairs implied by N-1 are not N-2 findings");
        assertEquals(10, seen.size());
        assertEquals(ContingencyCase.Outcome.REPAIRED, report.pairs().get(9).outcome(), "the solved pair ranks last");
    }

    private static ContingencyAnalysis analysis() {
        return new ContingencyAnalysis(ENGINE, ContingencySettings.defaults());
    }

    private static List<String> residentsOfBlockOne(ProgramDocument p, ScheduleDocument s, boolean callPool) {
        Set<String> poolRotations = p.rotations().stream().filter(ProgramDocument.Rotation::callPool)
                .map(ProgramDocument.Rotation::id).collect(Collectors.toSet());
        return p.residents().stream().map(ProgramDocument.Resident::id)
                .filter(r -> poolRotations.contains(s.blocks().get(r).get(0)) == callPool)
                .sorted().toList();
    }

    private static SolveOptions options() {
        return SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(20));
    }

    private static EngineResult.Solved solved(EngineResult result) {
        return assertInstanceOf(EngineResult.Solved.class, result, () -> "engine result: " + result);
    }
}
