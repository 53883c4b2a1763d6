package org.residency.scheduler.engine.diagnosis;

import org.residency.scheduler.engine.Reason;
import org.residency.scheduler.format.ProgramDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether each resident's year can be filled within the curriculum: the minimum blocks of a PGY must fit
 * in the year and its maximum blocks must reach it, and fixed blocks must be allowed and countable.
 */
final class CurriculumFit implements CountingArgument {

    @Override
    public List<Reason> examine(ProgramFacts f) {
        List<Reason> out = new ArrayList<>();
        conflictingFixed(f, out);
        for (int level = 1; level <= 3; level++) {
            List<Integer> group = f.residentsOfPgy(level);
            if (!group.isEmpty() && !perLevel(f, level, group, out)) {
                group.forEach(r -> perResident(f, r, out));
            }
        }
        return out;
    }

    /** Reports what makes every resident of the level stuck; true when something was reported. */
    private boolean perLevel(ProgramFacts f, int level, List<Integer> group, List<Reason> out) {
        int before = out.size();
        List<String> people = f.residentIds(group);
        int mins = 0;
        int maxes = 0;
        for (int x = 0; x < f.rotations.size(); x++) {
            int min = f.minBlocks[level][x];
            int max = effectiveMax(f, level, x);
            mins += min;
            maxes += max;
            if (min > max) {
                boolean barred = f.listed[level][x] && !f.rotations.get(x).pgy().contains(level);
                out.add(new Reason(barred ? "rotation-pgy" : "curriculum", null, people, barred
                        ? "The curriculum asks PGY-" + level + " residents for at least " + min + " block(s) of "
                        + f.rotationId(x) + ", but that rotation does not take PGY-" + level + "."
                        : "The curriculum asks PGY-" + level + " residents for at least " + min + " block(s) of "
                        + f.rotationId(x) + " but allows at most " + max + "."));
            }
        }
        if (mins > f.blocks) {
            out.add(new Reason("curriculum", null, people, "PGY-" + level + " residents need at least " + mins
                    + " blocks of rotations by the curriculum (sum of minBlocks), but the year has only "
                    + f.blocks + " blocks."));
        }
        if (maxes < f.blocks) {
            out.add(new Reason("curriculum", null, people, "PGY-" + level + " residents may spend at most " + maxes
                    + " blocks on the rotations open to them (sum of maxBlocks of rotations that take PGY-" + level
                    + "), but the year has " + f.blocks + " blocks to fill."));
        }
        return out.size() > before;
    }

    private static int effectiveMax(ProgramFacts f, int level, int x) {
        return f.rotations.get(x).pgy().contains(level) ? f.maxBlocks[level][x] : 0;
    }

    /** Fixed blocks of one resident: allowed, within maxBlocks, and leaving room for the minimums. */
    private void perResident(ProgramFacts f, int r, List<Reason> out) {
        int level = f.pgy[r];
        int[] fixedCount = new int[f.rotations.size()];
        int fixedBlocks = 0;
        for (int b = 0; b < f.blocks; b++) {
            int x = f.fixed[r][b];
            if (x >= 0) {
                fixedCount[x]++;
                fixedBlocks++;
                if (!f.rotations.get(x).pgy().contains(level)) {
                    out.add(new Reason("rotation-pgy", b + 1, List.of(f.residents[r]), f.residents[r]
                            + " is fixed to " + f.rotationId(x) + " in block " + (b + 1) + ", but " + f.rotationId(x)
                            + " does not take PGY-" + level + "."));
                }
            }
        }
        int stillNeeded = 0;
        for (int x = 0; x < f.rotations.size(); x++) {
            int max = effectiveMax(f, level, x);
            if (fixedCount[x] > max && f.rotations.get(x).pgy().contains(level)) {
                out.add(new Reason("curriculum", firstFixedBlock(f, r, x), List.of(f.residents[r]), f.residents[r]
                        + " is fixed to " + f.rotationId(x) + " for " + fixedCount[x] + " block(s), but the curriculum"
                        + " allows PGY-" + level + " at most " + max + "."));
            }
            stillNeeded += Math.max(0, f.minBlocks[level][x] - fixedCount[x]);
        }
        int open = f.blocks - fixedBlocks;
        if (stillNeeded > open) {
            out.add(new Reason("curriculum", null, List.of(f.residents[r]), f.residents[r] + " has " + fixedBlocks
                    + " fixed block(s), leaving " + open + ", but still needs " + stillNeeded
                    + " block(s) to meet the PGY-" + level + " curriculum minimums."));
        }
    }

    private static Integer firstFixedBlock(ProgramFacts f, int r, int x) {
        for (int b = 0; b < f.blocks; b++) {
            if (f.fixed[r][b] == x) {
                return b + 1;
            }
        }
        return null;
    }

    /** Two fixed entries that put one resident on two rotations in one block. */
    private void conflictingFixed(ProgramFacts f, List<Reason> out) {
        for (ProgramDocument.FixedAssignment a : f.fixedEntries) {
            for (ProgramDocument.FixedAssignment c : f.fixedEntries) {
                if (a.resident().equals(c.resident()) && Objects.equals(a.block(), c.block())
                        && a.rotation().compareTo(c.rotation()) < 0) {
                    out.add(new Reason("fixed", a.block(), List.of(a.resident()), a.resident() + " is fixed to both "
                            + a.rotation() + " and " + c.rotation() + " in block " + a.block() + "."));
                }
            }
        }
    }
}
