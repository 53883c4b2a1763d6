package org.residency.scheduler.ui.exports;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.OutputStream;

/** A file as the answer to a page's button: the response is replaced by the file and Faces renders nothing. */
final class Downloads {

    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private Downloads() {
    }

    static void send(String mediaType, String fileName, Body body) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(mediaType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            body.writeTo(out);
        }
        faces.responseComplete();
    }

    static void message(FacesContext faces, jakarta.faces.application.FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new jakarta.faces.application.FacesMessage(severity, text, null));
    }
}
