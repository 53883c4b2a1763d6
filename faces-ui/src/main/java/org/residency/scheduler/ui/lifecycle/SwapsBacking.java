package org.residency.scheduler.ui.lifecycle;


import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.residency.scheduler.lifecycle.boundary.DecisionRequest;
import org.residency.scheduler.lifecycle.boundary.SwapRequest;
import org.residency.scheduler.lifecycle.boundary.SwapService;
import org.residency.scheduler.lifecycle.boundary.SwapView;
import org.residency.scheduler.ui.CurrentProgram;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.residency.scheduler.common.Text.blankToNull;

/**
 * {@code swaps.xhtml}: residents offer one of their call nights or a day, see the open offers of others and
 * accept one, cancel their own; coordinators and admins approve (with a reason when the validator objects),
 * reject, and roll back an approved swap within 24 hours.
 */
@Named
@RequestScoped
public class SwapsBacking {

    @Inject
    SwapService swaps;
    @Inject
    CurrentProgram program;
    @Inject
    PageActions actions;

    private String kind = "CALL";
    private String date;
    private String person;
    private String note;
    private final Map<Long, String> reasons = new HashMap<>();
    private List<SwapView> all;
    private Optional<String> me;

    public List<SwapView> getAll() {
        if (all == null) {
            all = program.getId() == null ? List.of() : swaps.list(program.getId());
        }
        return all;
    }

    /** Offers of other residents waiting for someone to accept. */
    public List<SwapView> getOpenOffers() {
        return getAll().stream().filter(s -> s.state().equals("OFFERED") && !s.offeredBy().equals(getMe())).toList();
    }

    /** Swaps the signed-in resident offered or accepted. */
    public List<SwapView> getMine() {
        return getAll().stream().filter(s -> s.offeredBy().equals(getMe())
                || getMe() != null && getMe().equals(s.acceptedBy())).toList();
    }

    /** Accepted swaps waiting for a coordinator. */
    public List<SwapView> getAwaitingApproval() {
        return getAll().stream().filter(s -> s.state().equals("ACCEPTED")).toList();
    }

    /** The resident the signed-in account stands for, or null (staff, faculty). */
    public String getMe() {
        if (me == null) {
            me = program.getId() == null ? Optional.empty() : swaps.ownResident(program.getId(), actions.actor());
        }
        return me.orElse(null);
    }

    public List<LocalDate> getMyCallNights() {
        return getMe() == null ? List.of() : swaps.upcomingCalls(program.getId(), getMe());
    }

    public String offer() {
        SwapRequest request = new SwapRequest(kind, date, actions.actor().staff() ? blankToNull(person) : null, note);
        SwapView made = act("offer", "offer " + kind + " " + date, () -> swaps.offer(program.getId(), request, actions.actor()));
        if (made != null) {
            actions.info("Offered your " + (made.kind().equals("CALL") ? "call night" : "day") + " of " + made.date() + ".");
        }
        return null;
    }

    public String accept(long id) {
        report(act("accept", "accept swap " + id, () -> swaps.accept(program.getId(), id,
                new SwapRequest(null, null, actions.actor().staff() ? blankToNull(person) : null, null), actions.actor())));
        return null;
    }

    public String cancel(long id) {
        report(act("cancel", "cancel swap " + id, () -> swaps.cancel(program.getId(), id, actions.actor())));
        return null;
    }

    public String approve(long id) {
        String reason = reasons.get(id);
        report(act("approve", "approve swap " + id + (reason == null || reason.isBlank() ? "" : ", reason: " + reason),
                () -> swaps.approve(program.getId(), id, new DecisionRequest(reason), actions.actor())));
        return null;
    }

    public String reject(long id) {
        String reason = reasons.get(id);
        report(act("reject", "reject swap " + id, () -> swaps.reject(program.getId(), id, new DecisionRequest(reason),
                actions.actor())));
        return null;
    }

    public String rollBack(long id) {
        report(act("rollback", "roll back swap " + id, () -> swaps.rollBack(program.getId(), id, actions.actor())));
        return null;
    }

    public boolean rollBackOpen(SwapView swap) {
        return swap.state().equals("APPROVED") && swap.decidedAt() != null
                && java.time.OffsetDateTime.parse(swap.decidedAt()).plusHours(24).isAfter(java.time.OffsetDateTime.now());
    }

    private SwapView act(String action, String detail, Supplier<SwapView> change) {
        SwapView result = actions.run("swap-" + action, detail + " in program " + program.getId(), change);
        all = null;
        return result;
    }

    private void report(SwapView swap) {
        if (swap != null) {
            actions.info("Swap " + swap.id() + " is now " + swap.state().toLowerCase().replace('_', ' ') + ".");
        }
    }

    public Map<Long, String> getReasons() { return reasons; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
