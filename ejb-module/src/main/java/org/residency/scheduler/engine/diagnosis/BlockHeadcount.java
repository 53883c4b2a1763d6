package org.residency.scheduler.engine.diagnosis;

import org.residency.scheduler.engine.Reason;
import org.residency.scheduler.format.ProgramDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Per block, whether the residents can be spread over the rotations within their head-counts: enough
 * residents who may take each rotation for its minimum, not more fixed to it than its maximum, and room
 * for every group of residents on the rotations open to that group (Hall's condition per set of PGYs).
 */
final class BlockHeadcount implements CountingArgument {

    private static final String RULE = "rotation-capacity";

    @Override
    public List<Reason> examine(ProgramFacts f) {
        List<Reason> out = new ArrayList<>();
        for (int b = 0; b < f.blocks; b++) {
            perRotation(f, b, out);
            totalMinimum(f, b, out);
            List<Integer> shortMasks = new ArrayList<>();
            for (int size = 1; size <= 3; size++) {
                for (int levels = 1; levels < 8; levels++) {
                    int mask = levels << 1;
                    if (Integer.bitCount(mask) == size && shortMasks.stream().noneMatch(m -> (mask & m) == m)
                            && room(f, b, mask, out)) {
                        shortMasks.add(mask);
                    }
                }
            }
        }
        return out;
    }

    private void perRotation(ProgramFacts f, int b, List<Reason> out) {
        for (int x = 0; x < f.rotations.size(); x++) {
            ProgramDocument.Rotation rotation = f.rotations.get(x);
            List<Integer> candidates = f.candidates(b, x);
            if (candidates.size() < rotation.minResidents()) {
                out.add(new Reason(RULE, b + 1, f.residentIds(candidates), "Block " + (b + 1) + ": " + rotation.id()
                        + " needs at least " + rotation.minResidents() + " residents, but only " + candidates.size()
                        + " may be on it (PGY, curriculum and fixed blocks)" + f.named(candidates) + "."));
            }
            int finalX = x;
            List<Integer> fixedHere = IntStream.range(0, f.residents.length)
                    .filter(r -> f.fixed[r][b] == finalX).boxed().toList();
            if (fixedHere.size() > rotation.maxResidents()) {
                out.add(new Reason(RULE, b + 1, f.residentIds(fixedHere), "Block " + (b + 1) + ": "
                        + fixedHere.size() + " residents are fixed to " + rotation.id() + ", which takes at most "
                        + rotation.maxResidents() + f.named(fixedHere) + "."));
            }
        }
    }

    private void totalMinimum(ProgramFacts f, int b, List<Reason> out) {
        int need = f.rotations.stream().mapToInt(ProgramDocument.Rotation::minResidents).sum();
        if (need > f.residents.length) {
            out.add(new Reason(RULE, b + 1, List.of(), "Block " + (b + 1) + ": the rotations' minimum head-counts add"
                    + " up to " + need + " residents, but the program has " + f.residents.length + "."));
        }
    }

    /**
     * The residents whose every possible rotation lies among those open to the PGY levels in the mask
     * must fit into those rotations' maximum head-counts. A larger set of levels is only looked at when
     * no smaller one inside it was short, so one shortage is told once.
     */
    private boolean room(ProgramFacts f, int b, int levelMask, List<Reason> out) {
        boolean[] open = new boolean[f.rotations.size()];
        int seats = 0;
        for (int x = 0; x < open.length; x++) {
            for (int level = 1; level <= 3 && !open[x]; level++) {
                open[x] = (levelMask & (1 << level)) != 0 && takes(f, level, x);
            }
            seats += open[x] ? f.rotations.get(x).maxResidents() : 0;
        }
        List<Integer> confined = new ArrayList<>();
        for (int r = 0; r < f.residents.length; r++) {
            boolean inMask = (levelMask & (1 << f.pgy[r])) != 0;
            if (f.fixed[r][b] >= 0 ? open[f.fixed[r][b]] : inMask) {
                confined.add(r);
            }
        }
        if (confined.size() > seats && everyLevelPresent(f, levelMask, confined)) {
            out.add(new Reason(RULE, b + 1, f.residentIds(confined), "Block " + (b + 1) + ": " + confined.size()
                    + " residents (" + levels(levelMask) + " and those fixed to their rotations) can only go to "
                    + openIds(f, open) + ", whose maximum head-counts add up to " + seats + "."));
            return true;
        }
        return false;
    }

    /** A set of levels with a level nobody has confines no more residents than the smaller set. */
    private static boolean everyLevelPresent(ProgramFacts f, int levelMask, List<Integer> confined) {
        for (int level = 1; level <= 3; level++) {
            int l = level;
            if ((levelMask & (1 << level)) != 0 && confined.stream().noneMatch(r -> f.pgy[r] == l)) {
                return false;
            }
        }
        return true;
    }

    private static boolean takes(ProgramFacts f, int level, int x) {
        return f.rotations.get(x).pgy().contains(level) && f.maxBlocks[level][x] > 0;
    }

    private static String levels(int mask) {
        List<String> names = new ArrayList<>();
        for (int level = 1; level <= 3; level++) {
            if ((mask & (1 << level)) != 0) {
                names.add("PGY-" + level);
            }
        }
        return String.join(", ", names);
    }

    private static String openIds(ProgramFacts f, boolean[] open) {
        List<String> ids = new ArrayList<>();
        for (int x = 0; x < open.length; x++) {
            if (open[x]) {
                ids.add(f.rotationId(x));
            }
        }
        return ids.isEmpty() ? "no rotation" : String.join(", ", ids);
    }
}
