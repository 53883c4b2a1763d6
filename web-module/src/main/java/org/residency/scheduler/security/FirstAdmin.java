package org.residency.scheduler.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.residency.scheduler.platform.DatabaseMigration;
import org.residency.scheduler.security.boundary.AccountService;
import org.residency.scheduler.security.control.PasswordPolicy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On a first start (no account at all) creates the account {@code admin} with the password from
 * {@code admin.initial-password} or the environment's {@code ADMIN_USER_PASSWORD}; without one, or with
 * one the password policy refuses, a generated password written once to the server log.
 */
@ApplicationScoped
public class FirstAdmin {

    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    DatabaseMigration migration;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Config config;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        migration.pendingMigrations(); // the schema is there before the first account is looked for
        if (accounts.anyAccount()) {
            return;
        }
        Optional<String> configured = config.getOptionalValue("admin.initial-password", String.class)
                .or(() -> config.getOptionalValue("ADMIN_USER_PASSWORD", String.class));
        if (configured.isPresent() && !PasswordPolicy.check("password", USERNAME, configured.get()).isEmpty()) {
            LOG.warning("The configured first admin password breaks the password policy "
                    + PasswordPolicy.check("password", USERNAME, configured.get()) + "; generating one instead");
            configured = Optional.empty();
        }
        String password = configured.orElseGet(FirstAdmin::generate);
        boolean created;
        try {
            created = accounts.createFirstAdmin(USERNAME, hasher.hash(password));
        } catch (RuntimeException e) {
            // Another instance sharing the database created it a moment earlier (unique username).
            LOG.warning("The first admin was not created here: " + e);
            return;
        }
        if (created) {
            if (configured.isPresent()) {
                LOG.info("First run: created the account " + USERNAME + " with the configured password");
            } else {
                LOG.warning("First run: created the account " + USERNAME + " with the generated password "
                        + "(shown only this once, change it with PUT /api/users/{id}/password): " + password);
            }
        }
    }

    private static String generate() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
