package org.residency.scheduler.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.program.entity.Faculty;
import org.residency.scheduler.program.entity.Person;
import org.residency.scheduler.program.entity.Resident;
import org.residency.scheduler.security.control.AccountRules;
import org.residency.scheduler.security.entity.Account;
import org.residency.scheduler.security.entity.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accounts: created, changed and removed by admins, looked up for every credential check. Hashing
 * happens in the web module (Jakarta Security's Pbkdf2PasswordHash); only hashes reach this service.
 */
@Stateless
public class AccountService {

    @PersistenceContext(unitName = "residency")
    EntityManager em;

    public Optional<StoredCredentials> credentials(String username) {
        return byUsername(username).map(a -> new StoredCredentials(a.getUsername(), a.getPasswordHash(),
                a.getRoles().stream().map(Role::groupName).collect(Collectors.toUnmodifiableSet())));
    }

    public boolean anyAccount() {
        return !em.createQuery("select a.id from Account a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    public List<AccountSummary> list() {
        return em.createNamedQuery(Account.ALL, Account.class).getResultList().stream()
                .map(AccountSummary::of).toList();
    }

    /** The account signed in under this name, for the pages (its roles and linked person). */
    public Optional<AccountSummary> byName(String username) {
        return byUsername(username).map(AccountSummary::of);
    }

    public AccountSummary get(long id) {
        return AccountSummary.of(load(id));
    }

    public AccountSummary create(AccountRequest request, String passwordHash) {
        List<FieldError> errors = new ArrayList<>(AccountRules.checkUsername(request.username()));
        Set<Role> roles = AccountRules.roles(request.roles(), errors);
        Person person = person(roles, request, errors);
        InvalidDocumentException.requireNone(errors);
        if (byUsername(request.username()).isPresent()) {
            throw new ConflictException("username " + request.username() + " is taken");
        }
        Account account = new Account(request.username(), passwordHash, roles, person);
        em.persist(account);
        em.flush();
        return AccountSummary.of(account);
    }

    /** New roles and person link; the username and password stay. */
    public AccountSummary update(long id, AccountRequest request) {
        Account account = load(id);
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = AccountRules.roles(request.roles(), errors);
        Person person = person(roles, request, errors);
        InvalidDocumentException.requireNone(errors);
        if (!roles.contains(Role.ADMIN)) {
            requireAnotherAdmin(account);
        }
        account.assign(roles, person);
        return AccountSummary.of(account);
    }

    /** Returns the username, so that the caller can forget what it cached for it. */
    public String changePassword(long id, String passwordHash) {
        Account account = load(id);
        account.changePassword(passwordHash);
        return account.getUsername();
    }

    public String delete(long id) {
        Account account = load(id);
        requireAnotherAdmin(account);
        em.remove(account);
        return account.getUsername();
    }

    /** Creates the first admin when there is no account at all; false when one already exists. */
    public boolean createFirstAdmin(String username, String passwordHash) {
        if (anyAccount()) {
            return false;
        }
        em.persist(new Account(username, passwordHash, Set.of(Role.ADMIN), null));
        return true;
    }

    private void requireAnotherAdmin(Account account) {
        if (!account.getRoles().contains(Role.ADMIN)) {
            return;
        }
        long admins = em.createQuery("select count(a) from Account a join a.roles r where r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
        if (admins <= 1) {
            throw new ConflictException("the last admin account cannot lose its admin role or be removed");
        }
    }

    private Person person(Set<Role> roles, AccountRequest request, List<FieldError> errors) {
        List<FieldError> linkErrors = AccountRules.checkPersonLink(roles, request.programId(), request.personId());
        errors.addAll(linkErrors);
        if (!linkErrors.isEmpty() || request.programId() == null) {
            return null;
        }
        List<Person> found = em.createQuery("select p from Person p where p.program.id = :program"
                        + " and p.externalId = :id", Person.class)
                .setParameter("program", request.programId()).setParameter("id", request.personId()).getResultList();
        if (found.isEmpty()) {
            errors.add(new FieldError("personId", "no person " + request.personId() + " in program " + request.programId()));
            return null;
        }
        Person person = found.get(0);
        if (roles.contains(Role.RESIDENT) && !(person instanceof Resident)
                || roles.contains(Role.FACULTY) && !(person instanceof Faculty)) {
            errors.add(new FieldError("personId", request.personId() + " is not a " + (person instanceof Resident
                    ? "faculty member" : "resident")));
        }
        return person;
    }

    private Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultList().stream().findFirst();
    }

    private Account load(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new ResourceNotFoundException("no user " + id);
        }
        return account;
    }
}
