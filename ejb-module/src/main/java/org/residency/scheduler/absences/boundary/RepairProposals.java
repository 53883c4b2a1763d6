package org.residency.scheduler.absences.boundary;

import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.absences.control.ProposalJobs;
import org.residency.scheduler.absences.control.ScheduleVersion;
import org.residency.scheduler.absences.entity.RepairProposal;
import org.residency.scheduler.engine.EngineResult;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.rules.ScheduleValidator;
import org.residency.scheduler.rules.ValidationReport;

import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps what a repair proposal job produced, outside the program's schedules: nothing in the program
 * changes until a coordinator approves with it.
 */
@Stateless
public class RepairProposals {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type CHANGES = new ArrayList<ProposedChange>() { }.getClass().getGenericSuperclass();

    @PersistenceContext(unitName = "residency")
    EntityManager em;

    /**
     * Checks the repaired schedule against the program the engine answered (with the absence) and keeps it.
     *
     * @return the link of the proposal, for the job's result
     */
    public String store(long programId, long requestId, long jobId, ScheduleVersion base, EngineResult.Solved solved) {
        ValidationReport check = new ScheduleValidator().validate(solved.program(), solved.schedule());
        ProposalReport report = new ProposalReport(check.ok(), check.violations(), finite(solved.metrics()));
        List<ProposedChange> changes = solved.changes().stream().map(ProposedChange::of).toList();
        em.persist(new RepairProposal(requestId, jobId, base.key(), base.updated(), OffsetDateTime.now(ZoneOffset.UTC),
                JSONB.toJson(solved.schedule()), JSONB.toJson(changes), JSONB.toJson(report)));
        return ProposalJobs.link(programId, requestId);
    }

    public Optional<RepairProposal> byJob(long jobId) {
        return em.createQuery("SELECT p FROM RepairProposal p WHERE p.jobId = :j", RepairProposal.class)
                .setParameter("j", jobId).getResultStream().findFirst();
    }

    static ScheduleDocument schedule(RepairProposal p) {
        return JSONB.fromJson(p.getScheduleJson(), ScheduleDocument.class);
    }

    static List<ProposedChange> changes(RepairProposal p) {
        return JSONB.fromJson(p.getChangesJson(), CHANGES);
    }

    static ProposalReport report(RepairProposal p) {
        return JSONB.fromJson(p.getReportJson(), ProposalReport.class);
    }

    /** JSON has no NaN or infinity: a metric without a value (no residents of a kind) is null. */
    private static Map<String, Double> finite(Map<String, Double> metrics) {
        Map<String, Double> copy = new LinkedHashMap<>();
        metrics.forEach((k, v) -> copy.put(k, v == null || v.isNaN() || v.isInfinite() ? null : v));
        return copy;
    }
}
