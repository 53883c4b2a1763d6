package org.residency.scheduler.ui;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.residency.scheduler.security.boundary.AuditService;
import org.residency.scheduler.security.entity.AuditEntry;

import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a change made on a page to the audit log, as the REST filter does for the API: who, when, the page
 * and action (as method POST, path the page, entity "page#action"), what it created and the submitted values.
 */
@Dependent
public class PageAudit implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(PageAudit.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    AuditService audit;

    @Inject
    CurrentUser user;

    public void record(String page, String action, String created, Object submitted) {
        AuditEntry entry = new AuditEntry(user.getUsername(), "POST", "/" + page, "/" + page + "#" + action, 200)
                .withImages(created, null, submitted == null ? null : JSONB.toJson(submitted));
        try {
            audit.record(entry);
        } catch (RuntimeException e) {
            // The change has committed; a lost audit entry is logged loudly, not shown as a failure of the change.
            LOG.log(Level.SEVERE, "Could not record the audit entry for " + page + "#" + action, e);
        }
    }
}
