package org.residency.scheduler.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.ForbiddenActionException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.FieldError;

import java.util.function.Supplier;

/**
 * Turns the services' refusals into page messages, as the problem mappers do for REST: each invalid field's
 * message under its input ({@code form:field}), everything else at the top. Nothing was stored in either case.
 */
public final class PageErrors {

    private PageErrors() {
    }

    /**
     * @param form the form whose inputs carry the field names, or null
     * @return the action's outcome, or null (stay) when the service refused
     */
    public static String guard(String form, Supplier<String> action) {
        try {
            return action.get();
        } catch (InvalidDocumentException e) {
            for (FieldError error : e.errors()) {
                add(fieldId(form, error.field()), capitalised(error.message()));
            }
        } catch (ConflictException | ForbiddenActionException | ResourceNotFoundException e) {
            add(null, e.getMessage());
        }
        return null;
    }

    private static String fieldId(String form, String field) {
        if (form == null || field == null || field.isBlank() || !field.matches("[A-Za-z]+")) {
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        String id = form + ":" + field;
        return context.getViewRoot().findComponent(id) == null ? null : id;
    }

    private static void add(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        if (clientId != null && context.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            input.setValid(false); // the input's styleClass="#{component.valid ? '' : 'invalid'}" marks it
        }
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
