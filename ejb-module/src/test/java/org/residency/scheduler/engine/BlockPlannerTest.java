package org.residency.scheduler.engine;

import org.junit.jupiter.api.Test;
import org.residency.scheduler.format.ProgramDocument;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stage 1 on its own: its plan keeps the block rules, and an impossible plan is explained by a solver core. */
class BlockPlannerTest {

    @Test
    void thePlanKeepsCurriculumFixedBlocksAndHeadCounts() {
        ProgramDocument program = EngineFixtures.example("small");
        CpSolve.loadNatives();
        Instance in = new Instance(program);
        StageResult<int[][]> plan = new BlockPlanner(in).solve(CpSolve.Budget.of(Duration.ofSeconds(10)), SolveOptions.defaults(),
                Cancellation.none(), best -> { });
        assertTrue(plan.solved());
        for (ProgramDocument.FixedAssignment fixed : program.fixed()) {
            int r = in.residentIndex(fixed.resident());
            assertEquals(fixed.rotation(), in.rotations[plan.value()[r][fixed.block() - 1]].id());
        }
        for (int b = 0; b < in.blocks; b++) {
            for (int x = 0; x < in.rotations.length; x++) {
                int heads = 0;
                for (int r = 0; r < in.residents(); r++) {
                    heads += plan.value()[r][b] == x ? 1 : 0;
                }
                Instance.Rotation rot = in.rotations[x];
                assertTrue(heads >= rot.minResidents() && heads <= rot.maxResidents(), rot.id() + " block " + b);
            }
        }
    }

    @Test
    void anImpossiblePlanIsExplainedByTheRulesThatClash() {
        ProgramDocument small = EngineFixtures.example("small");
        ProgramDocument program = EngineFixtures.withRotations(small, small.rotations().stream()
                .map(x -> new ProgramDocument.Rotation(x.id(), x.name(), x.pgy(), x.minResidents(), x.maxResidents(),
                        x.minPerSession(), x.worksWeekends(), x.clinicPerWeek(), x.id().equals("OB")))
                .toList());
        CpSolve.loadNatives();
        List<Reason> core = new BlockPlanner(new Instance(program)).explainInfeasibility(CpSolve.Budget.of(Duration.ofSeconds(10)),
                SolveOptions.defaults(), Cancellation.none());
        assertTrue(core.stream().anyMatch(r -> r.rule().equals("call-coverage")), () -> "core: " + core);
        assertTrue(core.stream().anyMatch(r -> r.rule().equals("rotation-capacity") && r.message().contains("OB")),
                () -> "core: " + core);
    }
}
