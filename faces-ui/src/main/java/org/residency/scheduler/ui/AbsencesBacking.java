package org.residency.scheduler.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.residency.scheduler.absences.boundary.AbsenceApprovals;
import org.residency.scheduler.absences.boundary.AbsenceRequestService;
import org.residency.scheduler.absences.boundary.AbsenceRequestView;
import org.residency.scheduler.absences.boundary.Decision;
import org.residency.scheduler.absences.boundary.NewAbsenceRequest;
import org.residency.scheduler.absences.boundary.ProposalRequest;
import org.residency.scheduler.absences.boundary.RepairProposalView;
import org.residency.scheduler.absences.boundary.Requester;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.program.boundary.ProgramService;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.residency.scheduler.common.Text.blankToNull;

/**
 * The absences page: residents and faculty request absences for themselves and follow their requests;
 * coordinators and admins also see every request (pending ones first), ask for a repair proposal, read its
 * changes, and approve (with or without the repair) or reject. The services check roles and ownership
 * again; the page only hides what a role cannot do. {@code ?request=ID} selects a request to review.
 */
@Named
@ViewScoped
public class AbsencesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "absences.xhtml";
    static final List<String> KINDS = List.of("VACATION", "SICK", "CONFERENCE", "PARENTAL", "PERSONAL", "OTHER");

    @Inject
    AbsenceRequestService requests;
    @Inject
    AbsenceApprovals approvals;
    @Inject
    ProgramService programs;
    @Inject
    CurrentProgram program;
    @Inject
    CurrentUser user;
    @Inject
    PageAudit audit;

    private final AbsenceForm form = new AbsenceForm();
    private String status;
    private Long selectedId;
    private String comment;
    private String freezeBefore;

    // Read once per view and forgotten after every action: a page render asks for them many times.
    private transient List<AbsenceRequestView> listed;
    private transient Map<String, String> names;
    private transient AbsenceRequestView selected;
    private transient RepairProposalView proposal;
    private transient boolean selectedRead;
    private transient boolean proposalRead;

    public AbsenceForm getForm() { return form; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Long getSelectedId() { return selectedId; }
    public void setSelectedId(Long selectedId) { this.selectedId = selectedId; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getFreezeBefore() { return freezeBefore; }
    public void setFreezeBefore(String freezeBefore) { this.freezeBefore = freezeBefore; }
    public List<String> getKinds() { return KINDS; }

    /** Staff start with the pending requests; everyone else with all of their own. */
    public String getEffectiveStatus() {
        if (status == null) {
            return user.isManager() ? "REQUESTED" : "";
        }
        return status;
    }

    public List<AbsenceRequestView> getRequests() {
        if (listed == null) {
            Long id = program.getId();
            listed = id == null ? List.of() : requests.list(id, requester(), getEffectiveStatus());
        }
        return listed;
    }

    public long getPendingCount() {
        Long id = program.getId();
        return id == null || !user.isManager() ? 0 : requests.pendingCount(id);
    }

    /** The residents and faculty of the program by id, for the person choice and the names in the change list. */
    public Map<String, String> getPeople() {
        if (names == null) {
            names = new LinkedHashMap<>();
            Long id = program.getId();
            if (id != null) {
                ProgramDocument doc = programs.export(id);
                Stream.concat(doc.residents().stream().map(r -> Map.entry(r.id(), label(r.id(), r.name()))),
                        doc.faculty().stream().map(f -> Map.entry(f.id(), label(f.id(), f.name()))))
                        .forEach(e -> names.put(e.getKey(), e.getValue()));
            }
        }
        return names;
    }

    public String name(String personId) {
        return personId == null ? "" : getPeople().getOrDefault(personId, personId);
    }

    public AbsenceRequestView getSelected() {
        if (!selectedRead) {
            selectedRead = true;
            selected = selectedId == null || program.getId() == null ? null : readSelected();
        }
        return selected;
    }

    private AbsenceRequestView readSelected() {
        try {
            return requests.get(program.getId(), selectedId, requester());
        } catch (ResourceNotFoundException e) {
            return null;
        }
    }

    /** The latest repair proposal of the selected request, or null when none was asked for. */
    public RepairProposalView getProposal() {
        if (!proposalRead) {
            proposalRead = true;
            proposal = selectedId == null || program.getId() == null || !user.isManager() ? null : readProposal();
        }
        return proposal;
    }

    private RepairProposalView readProposal() {
        try {
            return approvals.proposal(program.getId(), selectedId, requester());
        } catch (ResourceNotFoundException e) {
            return null;
        }
    }

    /** After an action the stored state differs from what this view read. */
    private String forgetting(String outcome) {
        listed = null;
        selectedRead = false;
        proposalRead = false;
        return outcome;
    }

    /** While a proposal job runs the page reloads itself (a meta refresh: no script needed). */
    public boolean isPolling() {
        RepairProposalView p = getProposal();
        return p != null && p.isRunning();
    }

    public String submit() {
        Long id = program.getId();
        NewAbsenceRequest body = form.toRequest(user.isManager());
        return forgetting(PageErrors.guard("absenceForm", () -> {
            AbsenceRequestView created = requests.submit(id, body, requester());
            audit.record(PAGE, "request", "/api/programs/" + id + "/absence-requests/" + created.id(), body);
            form.clear();
            info("Request " + created.id() + " for " + name(created.person()) + " (" + created.start() + " to "
                    + created.end() + ") is waiting for a coordinator.");
            return null;
        }));
    }

    public String withdraw(long requestId) {
        return forgetting(PageErrors.guard(null, () -> {
            requests.withdraw(program.getId(), requestId, requester());
            audit.record(PAGE, "withdraw", null, Map.of("request", requestId));
            info("Request " + requestId + " withdrawn.");
            return null;
        }));
    }

    public String propose() {
        long requestId = selectedId;
        ProposalRequest body = new ProposalRequest(blankToNull(freezeBefore), null, null, null);
        return forgetting(PageErrors.guard("reviewForm", () -> {
            var job = approvals.proposeRepair(program.getId(), requestId, body, requester());
            audit.record(PAGE, "repair-proposal", "/api/jobs/" + job.getId(), Map.of("request", requestId));
            info("Repair proposal started (job " + job.getId() + "); this page refreshes until it is ready.");
            return reviewOutcome(requestId);
        }));
    }

    public String approveWithRepair() {
        RepairProposalView p = getProposal();
        return approve(p == null ? null : p.job());
    }

    public String approveWithoutRepair() {
        return approve(null);
    }

    public String reject() {
        long requestId = selectedId;
        Decision decision = new Decision(blankToNull(comment), null);
        return forgetting(PageErrors.guard("reviewForm", () -> {
            requests.reject(program.getId(), requestId, decision, requester());
            audit.record(PAGE, "reject", null, Map.of("request", requestId, "comment", String.valueOf(comment)));
            info("Request " + requestId + " rejected.");
            return reviewOutcome(requestId);
        }));
    }

    private String approve(Long proposalJob) {
        long requestId = selectedId;
        Decision decision = new Decision(blankToNull(comment), proposalJob);
        return forgetting(PageErrors.guard("reviewForm", () -> {
            AbsenceRequestView done = approvals.approve(program.getId(), requestId, decision, requester());
            audit.record(PAGE, proposalJob == null ? "approve" : "approve-with-repair",
                    done.repairedSchedule() == null ? null
                            : "/api/programs/" + program.getId() + "/schedules/" + done.repairedSchedule(),
                    Map.of("request", requestId, "proposalJob", String.valueOf(proposalJob)));
            info(proposalJob == null ? "Approved without a repair: the absence is part of the program; the schedule"
                    + " is unchanged (its violations page shows what the absence breaks)."
                    : "Approved: the absence is part of the program and the repaired schedule is stored as "
                    + done.repairedSchedule() + ".");
            return reviewOutcome(requestId);
        }));
    }

    /** After an action on a request: the same page with the request still selected (a fresh GET). */
    private static String reviewOutcome(long requestId) {
        return PAGE.replace(".xhtml", "") + "?faces-redirect=true&request=" + requestId;
    }

    private Requester requester() {
        return new Requester(user.getUsername(), user.isManager());
    }

    private static void info(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static String label(String id, String name) {
        return name == null || name.isBlank() ? id : name + " (" + id + ")";
    }
}
