package org.residency.scheduler.absences.boundary;


import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.residency.scheduler.absences.control.AbsenceRequestChecks;
import org.residency.scheduler.absences.control.LinkedPeople;
import org.residency.scheduler.absences.control.RequestStore;
import org.residency.scheduler.absences.entity.AbsenceRequest;
import org.residency.scheduler.absences.entity.RequestStatus;
import org.residency.scheduler.common.ForbiddenActionException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.program.control.ProgramExporter;
import org.residency.scheduler.program.control.ProgramMapper;
import org.residency.scheduler.program.control.ProgramStore;
import org.residency.scheduler.program.entity.Person;
import org.residency.scheduler.program.entity.Program;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.residency.scheduler.common.Text.blankToNull;

/**
 * Absence requests of a program: residents and faculty request for their own linked person and see only
 * their own requests; coordinators and admins request for anyone, see all, and decide (see
 * {@link AbsenceApprovals} for approving). A request is checked by {@link AbsenceRequestChecks} before it is
 * stored; nothing of the program changes until an approval.
 */
@Stateless
public class AbsenceRequestService {

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    ProgramStore programs;
    @Inject
    LinkedPeople people;
    @Inject
    RequestStore store;

    /** @param status one of the statuses (any case), or null for every request */
    public List<AbsenceRequestView> list(long programId, Requester who, String status) {
        programs.load(programId);
        Optional<RequestStatus> only = parseStatus(status);
        String jpql = "SELECT r FROM AbsenceRequest r WHERE r.programId = :p"
                + (only.isPresent() ? " AND r.status = :s" : "")
                + (who.staff() ? "" : " AND (r.person = :me OR r.requestedBy = :u)")
                + " ORDER BY r.start, r.id";
        TypedQuery<AbsenceRequest> query = em.createQuery(jpql, AbsenceRequest.class).setParameter("p", programId);
        only.ifPresent(s -> query.setParameter("s", s));
        if (!who.staff()) {
            query.setParameter("me", people.of(who.username(), programId).orElse(null))
                    .setParameter("u", who.username());
        }
        return query.getResultStream().map(AbsenceRequestView::of).toList();
    }

    public AbsenceRequestView get(long programId, long id, Requester who) {
        return AbsenceRequestView.of(visible(programId, id, who));
    }

    /** For the dashboard: how many requests wait for a coordinator's decision. */
    public long pendingCount(long programId) {
        return em.createQuery("SELECT COUNT(r) FROM AbsenceRequest r WHERE r.programId = :p AND r.status = :s",
                Long.class).setParameter("p", programId).setParameter("s", RequestStatus.REQUESTED).getSingleResult();
    }

    public AbsenceRequestView submit(long programId, NewAbsenceRequest body, Requester who) {
        Program program = programs.load(programId);
        if (body == null) {
            throw new InvalidDocumentException(List.of(new FieldError("", "expected a JSON object {person, start, end,"
                    + " kind, note}")));
        }
        String person = requestedPerson(programId, body.person(), who);
        ProgramDocument document = ProgramExporter.toDocument(program);
        InvalidDocumentException.requireNone(AbsenceRequestChecks.check(document, person, body.start(), body.end(),
                body.kind(), body.note()));
        Person entity = ProgramMapper.people(program).get(person);
        AbsenceRequest request = new AbsenceRequest(programId, entity, LocalDate.parse(body.start().trim()),
                LocalDate.parse(body.end().trim()), body.kind().trim(), blankToNull(body.note()), who.username(), now());
        em.persist(request);
        em.flush(); // the id for the Location header
        return AbsenceRequestView.of(request);
    }

    /** The requester (or staff for them) takes back a request nobody decided yet. */
    public AbsenceRequestView withdraw(long programId, long id, Requester who) {
        AbsenceRequest request = store.locked(programId, id);
        if (!who.staff() && !isOwn(request, who)) {
            throw new ForbiddenActionException("only the requester or a coordinator can withdraw request " + id);
        }
        request.decide(RequestStatus.Action.WITHDRAW, who.username(), now(), null);
        return AbsenceRequestView.of(request);
    }

    public AbsenceRequestView reject(long programId, long id, Decision decision, Requester who) {
        requireStaff(who);
        AbsenceRequest request = store.locked(programId, id);
        request.decide(RequestStatus.Action.REJECT, who.username(), now(),
                decision == null ? null : blankToNull(decision.comment()));
        return AbsenceRequestView.of(request);
    }

    static void requireStaff(Requester who) {
        if (!who.staff()) {
            throw new ForbiddenActionException("only a coordinator or an admin decides absence requests");
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private AbsenceRequest visible(long programId, long id, Requester who) {
        AbsenceRequest request = store.find(programId, id);
        // Someone else's request is "not found" for a resident: its existence is not theirs to know.
        if (!(who.staff() || isOwn(request, who))) {
            throw RequestStore.notFound(programId, id);
        }
        return request;
    }

    private boolean isOwn(AbsenceRequest request, Requester who) {
        return who.username().equals(request.getRequestedBy()) || people.of(who.username(), request.getProgramId())
                .map(p -> p.getId().equals(request.getPerson().getId())).orElse(false);
    }

    /** Staff name anyone (checked with the rest); others get their own person, and may name only that one. */
    private String requestedPerson(long programId, String named, Requester who) {
        if (who.staff()) {
            return blankToNull(named);
        }
        Person own = people.of(who.username(), programId).orElseThrow(() -> new ForbiddenActionException(
                "the account " + who.username() + " is not linked to a resident or faculty member of program "
                        + programId + "; ask an admin to link it"));
        if (named != null && !named.isBlank() && !named.trim().equals(own.getExternalId())) {
            throw new ForbiddenActionException("you can request absences only for yourself (" + own.getExternalId()
                    + "), not for " + named.trim());
        }
        return own.getExternalId();
    }

    private static Optional<RequestStatus> parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RequestStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidDocumentException(List.of(new FieldError("status", "'" + status + "' is not one of "
                    + Arrays.toString(RequestStatus.values()))));
        }
    }

}
