package org.residency.scheduler.ui.lifecycle;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.ForbiddenActionException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.common.OverrideRequiredException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.lifecycle.boundary.Actor;
import org.residency.scheduler.rules.Violation;
import org.residency.scheduler.security.boundary.AuditService;
import org.residency.scheduler.security.entity.AuditEntry;
import org.residency.scheduler.ui.CurrentUser;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Runs a page's change: the service's refusal becomes a message on the page (never a stack trace), and a
 * change that went through is written to the audit log like a REST change (method POST, the page as path).
 */
@Dependent
public class PageActions {

    private static final Logger LOG = Logger.getLogger(PageActions.class.getName());

    @Inject
    CurrentUser user;
    @Inject
    AuditService audit;

    public Actor actor() {
        return new Actor(user.getUsername(), user.isManager());
    }

    /** The result, or null after putting the refusal on the page. {@code action} names the change, {@code detail} its data. */
    public <T> T run(String action, String detail, Supplier<T> change) {
        try {
            T result = change.get();
            record(action, detail);
            return result;
        } catch (OverrideRequiredException e) {
            error(e.getMessage() + (e.violations().isEmpty() ? "" : ". New violations: " + e.violations().stream()
                    .limit(5).map(PageActions::describe).collect(Collectors.joining("; "))
                    + (e.violations().size() > 5 ? "; and " + (e.violations().size() - 5) + " more" : "")));
        } catch (InvalidDocumentException e) {
            error(e.errors().stream().map(f -> (f.field().isEmpty() ? "" : f.field() + ": ") + f.message())
                    .collect(Collectors.joining("; ")));
        } catch (ConflictException | ResourceNotFoundException | ForbiddenActionException e) {
            error(e.getMessage());
        }
        return null;
    }

    /** A look that changes nothing (a preview): refusals become messages, nothing is audited. */
    public <T> T runQuietly(Supplier<T> look) {
        try {
            return look.get();
        } catch (InvalidDocumentException e) {
            error(e.errors().stream().map(f -> (f.field().isEmpty() ? "" : f.field() + ": ") + f.message())
                    .collect(Collectors.joining("; ")));
        } catch (ConflictException | ResourceNotFoundException | ForbiddenActionException e) {
            error(e.getMessage());
        }
        return null;
    }

    public static String describe(Violation v) {
        return v.rule() + (v.personId() == null ? "" : " " + v.personId()) + " " + v.firstDate()
                + (v.lastDate().equals(v.firstDate()) ? "" : ".." + v.lastDate()) + ": " + v.message();
    }

    public void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private void record(String action, String detail) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            audit.record(new AuditEntry(user.getUsername(), "POST", request.getRequestURI(), "page:" + action, 200)
                    .withImages(null, null, detail));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not record the audit entry for the page action " + action, e);
        }
    }
}
