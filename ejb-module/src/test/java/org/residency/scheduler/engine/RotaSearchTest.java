package org.residency.scheduler.engine;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.rules.Formats;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The call rota's local search: it keeps stage 2's rules and reaches the model's bound on generated programs. */
class RotaSearchTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void theSearchedRotaKeepsTheRulesAndReachesTheBound(int seed) {
        ProgramDocument program = Formats.generate(dir, "p" + seed, "--residents", "18", "--faculty", "12",
                "--seed", Integer.toString(seed)).program();
        Instance in = new Instance(program);
        CpSolve.loadNatives();
        // A repeatable block plan, so the rota's optimum (and whether it is the bound) is the same on every
        // run: which of the optimal block plans a multi-threaded solve returns varies, and with one of them
        // (seen once, under load) the best rota refuses one request more than the bound assumes.
        SolveOptions repeatable = SolveOptions.defaults().withDeterministic(true);
        int[][] plan = new BlockPlanner(in).solve(CpSolve.Budget.of(Duration.ofSeconds(30)), repeatable,
                Cancellation.none(), best -> { }).value();
        CallPlanner planner = new CallPlanner(in, plan);
        StageResult<int[]> rota = planner.solve(CpSolve.Budget.of(Duration.ofSeconds(30)), SolveOptions.defaults(),
                Cancellation.none(), best -> { }, false);
        assertTrue(rota.solved() && rota.outcome().optimal());
        assertNull(planner.firstProblem(rota.value()));
        boolean[][] can = new boolean[in.residents()][in.days];
        for (int r = 0; r < in.residents(); r++) {
            for (int d = 0; d < in.days; d++) {
                can[r][d] = in.canCall(plan, r, d);
            }
        }
        RotaSearch search = new RotaSearch(in, plan, can, SoftGoal.DEFAULT_ORDER.subList(0, 3));
        assertArrayEquals(search.bound(), search.objective(rota.value()));
        // from the plain greedy rota the search only ever improves, and keeps the rules
        int[] greedy = planner.greedyRota();
        int[] improved = search.improve(greedy);
        assertTrue(Arrays.compare(search.objective(improved), search.objective(greedy)) <= 0);
        assertNull(planner.firstProblem(improved));
    }
}
