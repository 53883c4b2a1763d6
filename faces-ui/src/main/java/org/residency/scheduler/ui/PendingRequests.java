package org.residency.scheduler.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.residency.scheduler.absences.boundary.AbsenceRequestService;
import org.residency.scheduler.absences.boundary.AbsenceRequestView;
import org.residency.scheduler.absences.boundary.Requester;
import org.residency.scheduler.lifecycle.boundary.SwapService;
import org.residency.scheduler.lifecycle.boundary.SwapView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's pending requests of the current program: for coordinators and admins every absence request
 * waiting for a decision and every swap accepted and waiting for approval; for residents and faculty their own
 * pending absence requests and (residents) the swaps they offered or accepted that are still under way.
 */
@Named
@RequestScoped
public class PendingRequests {

    /** How many pending absence requests and swaps are listed (each; the counts count all). */
    static final int LISTED = 5;

    @Inject
    CurrentProgram currentProgram;
    @Inject
    CurrentUser user;
    @Inject
    AbsenceRequestService absenceRequests;
    @Inject
    SwapService swaps;

    /** A request waiting for someone: an absence request for a coordinator's decision, or a swap under way. */
    public record Pending(String what, String who, String when, String state, String link) {
    }

    private List<AbsenceRequestView> pendingAbsences;
    private List<SwapView> pendingSwaps;
    private List<Pending> pending;

    /** Pending absence requests: all of them for coordinators and admins, else the signed-in person's own. */
    public List<AbsenceRequestView> getAbsences() {
        if (pendingAbsences == null) {
            Long programId = currentProgram.getId();
            pendingAbsences = programId == null || user.getUsername() == null ? List.of()
                    : absenceRequests.list(programId, new Requester(user.getUsername(), user.isManager()), "REQUESTED");
        }
        return pendingAbsences;
    }

    /**
     * Swaps under way: for coordinators and admins those accepted and waiting for their approval, for a
     * resident the ones they offered or accepted; faculty do not swap.
     */
    public List<SwapView> getSwaps() {
        if (pendingSwaps == null) {
            Long programId = currentProgram.getId();
            if (programId == null) {
                pendingSwaps = List.of();
            } else if (user.isManager()) {
                pendingSwaps = swaps.pending(programId).stream().filter(s -> s.state().equals("ACCEPTED")).toList();
            } else {
                String me = user.getPersonId();
                pendingSwaps = me == null || !user.isResident() ? List.of() : swaps.pending(programId).stream()
                        .filter(s -> me.equals(s.offeredBy()) || me.equals(s.acceptedBy())).toList();
            }
        }
        return pendingSwaps;
    }

    /** The first pending absence requests and swaps as one list, each with the page to act on it. */
    public List<Pending> getListed() {
        if (pending != null) {
            return pending;
        }
        List<Pending> all = new ArrayList<>();
        getAbsences().stream().limit(LISTED).forEach(r -> all.add(new Pending(
                r.kind().toLowerCase(Locale.ROOT) + " absence, " + r.days() + (r.days() == 1 ? " day" : " days"),
                r.personName() == null ? r.person() : r.personName(),
                r.start().equals(r.end()) ? r.start() : r.start() + " to " + r.end(),
                user.isManager() ? "awaiting your decision" : "awaiting a coordinator",
                "absences.xhtml?request=" + r.id())));
        getSwaps().stream().limit(LISTED).forEach(s -> all.add(new Pending(
                ("CALL".equals(s.kind()) ? "call night" : "day") + " swap",
                s.offeredBy() + (s.acceptedBy() == null ? "" : " to " + s.acceptedBy()), s.date(),
                "OFFERED".equals(s.state()) ? "offered, nobody accepted yet"
                        : user.isManager() ? "accepted, awaiting your approval" : "accepted, awaiting a coordinator",
                "swaps.xhtml")));
        pending = all;
        return all;
    }

    /** Where the absence count links: the pending ones for coordinators, one's own requests otherwise. */
    public String getAbsencesLink() {
        return user.isManager() ? "absences.xhtml?status=REQUESTED" : "absences.xhtml";
    }
}
