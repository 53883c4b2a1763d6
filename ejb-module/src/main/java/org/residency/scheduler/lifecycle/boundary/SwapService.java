package org.residency.scheduler.lifecycle.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.ForbiddenActionException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.common.Text;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.lifecycle.control.CellChange;
import org.residency.scheduler.lifecycle.control.Judgement;
import org.residency.scheduler.lifecycle.control.LifecycleJson;
import org.residency.scheduler.lifecycle.control.RollbackWindow;
import org.residency.scheduler.lifecycle.control.ScheduleCells;
import org.residency.scheduler.lifecycle.control.ScheduleChanges;
import org.residency.scheduler.lifecycle.control.SwapCells;
import org.residency.scheduler.lifecycle.entity.ScheduleOverride;
import org.residency.scheduler.lifecycle.entity.Swap;
import org.residency.scheduler.lifecycle.entity.SwapKind;
import org.residency.scheduler.lifecycle.entity.SwapState;
import org.residency.scheduler.program.control.ProgramStore;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.entity.Schedule;
import org.residency.scheduler.schedule.entity.ScheduleStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Swaps of the published schedule: a resident offers one of their call nights or a day, another resident
 * accepts, a coordinator approves (the validator and the freeze horizon judge it again then, as for an
 * edit) or rejects. An approved swap can be rolled back for 24 hours while its cells are as it left them.
 */
@Stateless
public class SwapService {

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    ScheduleService schedules;
    @Inject
    ScheduleChanges changes;
    @Inject
    ProgramStore programs;
    @Inject
    Callers callers;

    public List<SwapView> list(long programId) {
        programs.load(programId);
        return em.createQuery("SELECT s FROM Swap s WHERE s.programId = :p ORDER BY s.offeredAt DESC, s.id DESC", Swap.class)
                .setParameter("p", programId).getResultStream().map(this::view).toList();
    }

    /** Swaps still under way (OFFERED, ACCEPTED), oldest first: the dashboard's pending requests. */
    public List<SwapView> pending(long programId) {
        programs.load(programId);
        return em.createQuery("SELECT s FROM Swap s WHERE s.programId = :p AND s.state IN :states"
                        + " ORDER BY s.offeredAt, s.id", Swap.class).setParameter("p", programId)
                .setParameter("states", List.of(SwapState.OFFERED, SwapState.ACCEPTED))
                .getResultStream().map(this::view).toList();
    }

    public SwapView get(long programId, long swapId) {
        return view(find(programId, swapId, false));
    }

    /**
     * The resident an account stands for in this program, if any (the swaps page's "you"); empty for staff
     * without a link and for faculty.
     */
    public java.util.Optional<String> ownResident(long programId, Actor actor) {
        try {
            return java.util.Optional.of(callers.ownResident(actor, programId));
        } catch (ForbiddenActionException notLinked) {
            return java.util.Optional.empty();
        }
    }

    /** The resident's call nights in the published schedule from today on, for the offer form. */
    public List<LocalDate> upcomingCalls(long programId, String resident) {
        return schedules.published(programId).map(published -> {
            ScheduleCells cells = changes.cells(published);
            List<String> call = cells.document().call();
            LocalDate start = published.getProgram().getStart();
            return java.util.stream.IntStream.range(0, call.size()).filter(n -> resident.equals(call.get(n)))
                    .mapToObj(start::plusDays).filter(d -> !d.isBefore(LocalDate.now())).toList();
        }).orElse(List.of());
    }

    public SwapView offer(long programId, SwapRequest request, Actor actor) {
        programs.load(programId);
        if (request == null) {
            throw invalid("", "expected a JSON object: {kind: CALL|DAY, date, note}");
        }
        SwapKind kind = kind(request.kind());
        LocalDate date = Dates.parse("date", request.date());
        Schedule published = published(programId);
        ScheduleCells cells = changes.cells(published);
        cells.dayIndex(date, "date");
        if (date.isBefore(LocalDate.now())) {
            throw invalid("date", date + " is past: only coming days can be swapped");
        }
        String resident = acting(programId, request.person(), actor, cells);
        SwapCells.requireOffererHolds(cells, kind, date, resident);
        boolean alreadyOffered = em.createQuery("SELECT COUNT(s) FROM Swap s WHERE s.programId = :p AND s.offeredBy = :r"
                        + " AND s.kind = :k AND s.date = :d AND s.state IN :open", Long.class)
                .setParameter("p", programId).setParameter("r", resident).setParameter("k", kind).setParameter("d", date)
                .setParameter("open", List.of(SwapState.OFFERED, SwapState.ACCEPTED)).getSingleResult() > 0;
        if (alreadyOffered) {
            throw conflict("date", resident + " already has an open " + kind + " offer for " + date);
        }
        Swap swap = new Swap(programId, published.getId(), kind, date, resident,
                Text.blankToNull(request.note()), actor.username(), now());
        em.persist(swap);
        em.flush();
        return view(swap);
    }

    public SwapView accept(long programId, long swapId, SwapRequest request, Actor actor) {
        Swap swap = find(programId, swapId, true);
        swap.getState().after(SwapState.Action.ACCEPT);
        Schedule schedule = stillPublished(swap);
        String resident = acting(programId, request == null ? null : request.person(), actor, changes.cells(schedule));
        if (resident.equals(swap.getOfferedBy())) {
            throw invalid("person", "a resident cannot accept their own offer");
        }
        swap.accept(resident, actor.username(), now());
        return view(swap);
    }

    /** The offering resident withdraws (or a coordinator for them) while the swap is not decided. */
    public SwapView cancel(long programId, long swapId, Actor actor) {
        Swap swap = find(programId, swapId, true);
        if (!actor.staff() && !callers.ownResident(actor, programId).equals(swap.getOfferedBy())) {
            throw new ForbiddenActionException("only " + swap.getOfferedBy() + " or a coordinator can cancel this offer");
        }
        swap.cancel(actor.username(), now());
        return view(swap);
    }

    public SwapView reject(long programId, long swapId, DecisionRequest request, Actor actor) {
        Swap swap = find(programId, swapId, true);
        swap.reject(actor.username(), now(), request == null ? null : Text.blankToNull(request.reason()));
        return view(swap);
    }

    /** Applies the swap to the published schedule; 409 with the violations when it breaks rules and has no reason. */
    public SwapView approve(long programId, long swapId, DecisionRequest request, Actor actor) {
        Swap swap = find(programId, swapId, true);
        swap.getState().after(SwapState.Action.APPROVE);
        Schedule schedule = schedules.locked(programId, stillPublished(swap).getKey());
        ScheduleCells cells = changes.cells(schedule);
        List<CellChange> cellChanges = SwapCells.of(cells, swap.getKind(), swap.getDate(), swap.getOfferedBy(),
                swap.getAcceptedBy());
        Judgement judgement = changes.judge(schedule, cells, cellChanges);
        String reason = request == null ? null : request.reason();
        changes.save(schedule, judgement, ScheduleOverride.Kind.SWAP, "swap " + swap.getId() + ": " + swap.getKind()
                + " " + swap.getDate() + " " + swap.getOfferedBy() + " -> " + swap.getAcceptedBy(), actor.username(), reason);
        swap.approve(actor.username(), now(), Text.blankToNull(reason),
                LifecycleJson.cells(cellChanges));
        return view(swap);
    }

    /** Puts back the cells an approved swap changed: within 24 hours, and only while nobody changed them since. */
    public SwapView rollBack(long programId, long swapId, Actor actor) {
        Swap swap = find(programId, swapId, true);
        swap.getState().after(SwapState.Action.ROLL_BACK);
        OffsetDateTime now = now();
        if (!RollbackWindow.open(swap.getDecidedAt(), now)) {
            throw conflict("state", "swap " + swapId + " was approved at " + swap.getDecidedAt()
                    + ", more than 24 hours ago: change the schedule with an edit instead");
        }
        Schedule schedule = schedules.locked(programId, stillPublished(swap).getKey());
        List<CellChange> applied = LifecycleJson.cells(swap.getCells());
        ScheduleCells cells = changes.cells(schedule);
        List<String> changedSince = applied.stream().filter(c -> !java.util.Objects.equals(cells.value(c.cell()), c.after()))
                .map(c -> c.cell().toString()).toList();
        if (!changedSince.isEmpty()) {
            throw conflict("cells", "the schedule changed since swap " + swapId + " was approved (" + String.join(", ", changedSince)
                    + "): it cannot be rolled back; change it with an edit instead");
        }
        changes.write(schedule, applied.stream().map(CellChange::reversed).toList());
        swap.rollBack(actor.username(), now);
        return view(swap);
    }

    /** The resident acting: a resident's own linked person, or the one a coordinator names. */
    private String acting(long programId, String named, Actor actor, ScheduleCells cells) {
        if (!actor.staff()) {
            String own = callers.ownResident(actor, programId);
            if (named != null && !named.equals(own)) {
                throw new ForbiddenActionException("residents act only for themselves (" + own + "), not for " + named);
            }
            return own;
        }
        if (named == null || !cells.isResident(named)) {
            throw invalid("person", named == null ? "required when a coordinator acts for a resident"
                    : "no resident " + named + " in the published schedule");
        }
        return named;
    }

    private Schedule published(long programId) {
        return schedules.published(programId).orElseThrow(() ->
                conflict("schedule", "program " + programId + " has no published schedule to swap in"));
    }

    /** The swap's schedule, which must still be the published one. */
    private Schedule stillPublished(Swap swap) {
        Schedule schedule = em.find(Schedule.class, swap.getScheduleId());
        if (schedule == null || schedule.getStatus() != ScheduleStatus.PUBLISHED) {
            throw conflict("schedule", "the schedule swap " + swap.getId() + " was offered in is no longer the published one");
        }
        return schedule;
    }

    private Swap find(long programId, long swapId, boolean lock) {
        Swap swap = lock ? em.find(Swap.class, swapId, LockModeType.PESSIMISTIC_WRITE) : em.find(Swap.class, swapId);
        if (swap == null || swap.getProgramId() != programId) {
            programs.load(programId);
            throw new ResourceNotFoundException("no swap " + swapId + " in program " + programId);
        }
        return swap;
    }

    private SwapView view(Swap swap) {
        Schedule schedule = em.find(Schedule.class, swap.getScheduleId());
        return SwapView.of(swap, schedule == null ? null : schedule.getKey());
    }

    private static SwapKind kind(String text) {
        try {
            return SwapKind.valueOf(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw invalid("kind", "CALL or DAY, not " + text);
        }
    }

    private static InvalidDocumentException invalid(String field, String message) {
        return new InvalidDocumentException(List.of(new FieldError(field, message)));
    }

    private static ConflictException conflict(String field, String message) {
        return new ConflictException(message, List.of(new FieldError(field, message)));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
