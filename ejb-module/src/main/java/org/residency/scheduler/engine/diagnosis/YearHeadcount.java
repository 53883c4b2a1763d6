package org.residency.scheduler.engine.diagnosis;

import org.residency.scheduler.engine.Reason;
import org.residency.scheduler.format.ProgramDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Over the whole year, a rotation's resident-blocks are counted twice: by blocks (between
 * {@code blocks x minResidents} and {@code blocks x maxResidents}) and by residents (between the sums of
 * their curriculum's minBlocks and maxBlocks). The two ranges must meet.
 */
final class YearHeadcount implements CountingArgument {

    @Override
    public List<Reason> examine(ProgramFacts f) {
        List<Reason> out = new ArrayList<>();
        for (int x = 0; x < f.rotations.size(); x++) {
            ProgramDocument.Rotation rotation = f.rotations.get(x);
            int finalX = x;
            List<Integer> takers = IntStream.range(0, f.residents.length).filter(r -> f.canTake(r, finalX))
                    .boxed().toList();
            int supply = takers.stream().mapToInt(r -> f.maxBlocks[f.pgy[r]][finalX]).sum();
            int demand = IntStream.range(0, f.residents.length).map(r -> f.minBlocks[f.pgy[r]][finalX]).sum();
            int least = f.blocks * rotation.minResidents();
            int most = f.blocks * rotation.maxResidents();
            if (supply < least) {
                out.add(new Reason("rotation-capacity", null, f.residentIds(takers), rotation.id() + " needs at least "
                        + rotation.minResidents() + " residents in each of " + f.blocks + " blocks (" + least
                        + " resident-blocks), but the curriculum lets the residents who may take it spend at most "
                        + supply + " blocks there in all."));
            }
            if (demand > most) {
                out.add(new Reason("rotation-capacity", null, f.residentIds(takers), "The curriculum sends residents to "
                        + rotation.id() + " for at least " + demand + " blocks in all, but it takes at most "
                        + rotation.maxResidents() + " residents in each of " + f.blocks + " blocks (" + most + ")."));
            }
        }
        return out;
    }
}
