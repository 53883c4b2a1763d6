package org.residency.scheduler.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.residency.scheduler.format.FieldError;

import java.util.List;
import java.util.Map;

/** Page messages: global ones, and a service's field errors shown under the fields they name. */
final class Messages {

    private Messages() {
    }

    static void error(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    static void warn(String text) {
        add(null, FacesMessage.SEVERITY_WARN, text);
    }

    static void info(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    /**
     * Each error under its field: {@code fields} maps the service's field name (e.g. timeLimitSeconds,
     * optimise[2]) to the client id of the input; an unmapped field becomes a global message.
     */
    static void fieldErrors(List<FieldError> errors, Map<String, String> fields) {
        for (FieldError e : errors) {
            String field = e.field() == null ? "" : e.field();
            String clientId = fields.get(field);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    clientId == null ? field + ": " + e.message() : e.message(), null));
            if (clientId != null) {
                // Marks the field itself, so its styleClass (component.valid) shows it in red.
                if (faces.getViewRoot().findComponent(clientId) instanceof jakarta.faces.component.UIInput input) {
                    input.setValid(false);
                }
                faces.validationFailed();
            }
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
