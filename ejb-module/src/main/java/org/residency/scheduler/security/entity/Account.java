package org.residency.scheduler.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.residency.scheduler.program.entity.Person;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A user of the application: a username, a PBKDF2 password hash, roles, and for residents and faculty their person. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.username")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String ALL = "Account.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private OffsetDateTime passwordChangedAt;

    protected Account() {
    }

    public Account(String username, String passwordHash, Set<Role> roles, Person person) {
        this.username = username;
        this.createdAt = now();
        changePassword(passwordHash);
        assign(roles, person);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now();
    }

    public void assign(Set<Role> newRoles, Person newPerson) {
        this.roles = newRoles.isEmpty() ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(newRoles));
        this.person = newPerson;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public Person getPerson() { return person; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getPasswordChangedAt() { return passwordChangedAt; }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
