package org.residency.scheduler.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.residency.scheduler.security.boundary.AccountService;
import org.residency.scheduler.security.boundary.AccountSummary;
import org.residency.scheduler.security.entity.Roles;

import java.util.Optional;

/**
 * Who is signed in, for the pages: name, roles and (for a resident or faculty account) the linked
 * person. Page access itself is web.xml's business; this decides what a page shows (nav links, buttons).
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private Optional<AccountSummary> account;

    public String getUsername() {
        var principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isAdmin() { return security.isCallerInRole(Roles.ADMIN); }
    public boolean isCoordinator() { return security.isCallerInRole(Roles.COORDINATOR); }
    public boolean isFaculty() { return security.isCallerInRole(Roles.FACULTY); }
    public boolean isResident() { return security.isCallerInRole(Roles.RESIDENT); }

    /** Admins and coordinators run the program: generate, publish, approve, edit people. */
    public boolean isManager() {
        return isAdmin() || isCoordinator();
    }

    /** The most powerful role, as the header shows it. */
    public String getRole() {
        if (isAdmin()) return Roles.ADMIN;
        if (isCoordinator()) return Roles.COORDINATOR;
        if (isFaculty()) return Roles.FACULTY;
        return isResident() ? Roles.RESIDENT : null;
    }

    /** The program of the linked resident or faculty member, or null. */
    public Long getProgramId() {
        return account().map(AccountSummary::programId).orElse(null);
    }

    /** The linked person's id in the program document (e.g. R01), or null. */
    public String getPersonId() {
        return account().map(AccountSummary::personId).orElse(null);
    }

    private Optional<AccountSummary> account() {
        if (account == null) {
            String name = getUsername();
            account = name == null ? Optional.empty() : accounts.byName(name);
        }
        return account;
    }
}
