package org.residency.scheduler.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.format.Fixtures;
import org.residency.scheduler.security.boundary.AccountRequest;
import org.residency.scheduler.security.boundary.AccountService;
import org.residency.scheduler.security.boundary.AccountSummary;
import org.residency.scheduler.security.boundary.AuditService;
import org.residency.scheduler.security.entity.AuditEntry;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.residency.scheduler.persistence.Database.inject;

/** Accounts and the audit log through their services into PostgreSQL (the V5 tables) and back. */
class AccountPersistenceTest {

    private static Database db;

    @BeforeAll
    static void start() throws Exception {
        db = Database.start();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private <T> T accounts(Function<AccountService, T> work) {
        return db.transaction(em -> work.apply(inject(new AccountService(), "em", em)));
    }

    private long program(String name) {
        return db.transaction(em -> new Services(em, new FakeCache()).programs()
                .create(Fixtures.program(Fixtures.patch(Fixtures.example("small.json"),
                        p -> p.replace("/name", jakarta.json.Json.createValue(name)))))).id();
    }

    @Test
    void aResidentAccountLinksToItsPersonAndTheHashIsStoredAsGiven() {
        long program = program("accounts-resident");
        AccountSummary created = accounts(a -> a.create(new AccountRequest("res-one", "ignored here",
                List.of("resident"), program, "R1"), "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="));
        assertEquals(List.of("resident"), created.roles());
        assertEquals(program, created.programId());
        assertEquals("R1", created.personId());
        var stored = accounts(a -> a.credentials("res-one")).orElseThrow();
        assertEquals("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", stored.passwordHash());
        assertEquals(Set.of("resident"), stored.groups());
    }

    @Test
    void aResidentRoleOnAFacultyMemberOrAMissingPersonIsRefused() {
        long program = program("accounts-mismatch");
        var wrongKind = assertThrows(InvalidDocumentException.class, () -> accounts(a -> a.create(
                new AccountRequest("res-two", null, List.of("resident"), program, "F1"), "h")));
        assertEquals("personId", wrongKind.errors().get(0).field());
        assertThrows(InvalidDocumentException.class, () -> accounts(a -> a.create(
                new AccountRequest("res-three", null, List.of("resident"), program, "R404"), "h")));
    }

    @Test
    void aTakenUsernameIsAConflict() {
        accounts(a -> a.create(new AccountRequest("coord-taken", null, List.of("coordinator"), null, null), "h"));
        assertThrows(ConflictException.class, () -> accounts(a -> a.create(
                new AccountRequest("coord-taken", null, List.of("admin"), null, null), "h")));
    }

    @Test
    void theLastAdminKeepsItsRoleAndCannotBeRemoved() {
        db.transaction(em -> em.createNativeQuery("DELETE FROM app_user").executeUpdate());
        boolean first = accounts(a -> a.createFirstAdmin("admin", "h"));
        boolean again = accounts(a -> a.createFirstAdmin("admin2", "h"));
        assertTrue(first);
        assertFalse(again, "only when there is no account");
        long admin = accounts(a -> a.list()).get(0).id();
        assertThrows(ConflictException.class, () -> accounts(a -> a.delete(admin)));
        assertThrows(ConflictException.class, () -> accounts(a -> a.update(admin,
                new AccountRequest(null, null, List.of("coordinator"), null, null))));
        long second = accounts(a -> a.create(new AccountRequest("admin-two", null, List.of("admin"), null, null), "h")).id();
        assertEquals("admin", accounts(a -> a.delete(admin)));
        assertThrows(ConflictException.class, () -> accounts(a -> a.delete(second)));
    }

    @Test
    void auditEntriesArePagedNewestFirst() {
        AuditService audit = new AuditService();
        for (int i = 0; i < 3; i++) {
            int n = i;
            db.transaction(em -> {
                inject(audit, "em", em).record(new AuditEntry("dana", "PUT", "/api/x/" + n, "/api/x/{id}", 200)
                        .withImages(null, "{\"v\":" + n + "}", "{\"v\":" + (n + 1) + "}"));
                return null;
            });
        }
        var page = db.transaction(em -> inject(audit, "em", em).page(0, 2));
        assertTrue(page.total() >= 3);
        assertEquals(2, page.entries().size());
        assertEquals("/api/x/2", page.entries().get(0).path());
        assertEquals("{\"v\":2}", page.entries().get(0).before());
    }
}
