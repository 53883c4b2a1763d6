package org.residency.scheduler.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.program.boundary.ProgramSummary;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The program the pages show, kept for the session: chosen with {@code ?program=ID} on any page (the
 * header's selector sends it), else the signed-in person's own program, else the first one.
 */
@Named
@SessionScoped
public class CurrentProgram implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Request attribute: the {@code program} parameter of this request was already looked at. */
    private static final String APPLIED = CurrentProgram.class.getName() + ".applied";

    @Inject
    ProgramService programs;

    @Inject
    CurrentUser user;

    private Long chosen;

    /** The current program's id, or null when there is no program at all. */
    public Long getId() {
        return get().map(ProgramSummary::id).orElse(null);
    }

    public String getName() {
        return get().map(ProgramSummary::name).orElse(null);
    }

    /** The current program, if any program exists. */
    public Optional<ProgramSummary> get() {
        applyRequestParameter();
        List<ProgramSummary> all = getPrograms();
        Optional<ProgramSummary> found = find(all, chosen);
        if (found.isEmpty()) {
            found = find(all, user.getProgramId()).or(() -> all.stream().findFirst());
        }
        return found;
    }

    /** The layout calls this before rendering, so a bad {@code ?program=} gets its message in time. */
    public void select() {
        get();
    }

    public ProgramSummary getSummary() {
        return get().orElse(null);
    }

    /** Every program, for the header's selector (cached for the request). */
    public List<ProgramSummary> getPrograms() {
        var request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        @SuppressWarnings("unchecked")
        List<ProgramSummary> all = (List<ProgramSummary>) request.computeIfAbsent(
                CurrentProgram.class.getName() + ".all", k -> programs.list());
        return all;
    }

    private static Optional<ProgramSummary> find(List<ProgramSummary> all, Long id) {
        return id == null ? Optional.empty() : all.stream().filter(p -> p.id() == id).findFirst();
    }

    private void applyRequestParameter() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getRequestMap().putIfAbsent(APPLIED, Boolean.TRUE) != null) {
            return;
        }
        String parameter = external.getRequestParameterMap().get("program");
        if (parameter == null || parameter.isBlank()) {
            return;
        }
        Long id = parse(parameter.trim());
        if (id != null && find(getPrograms(), id).isPresent()) {
            chosen = id;
        } else {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    "There is no program " + parameter.trim() + ".", null));
        }
    }

    private static Long parse(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
