package org.residency.scheduler.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessTest {

    @RolesAllowed("admin")
    static class AdminsOnly {
        public void inherits() {
        }

        @PermitAll
        public void open() {
        }

        @RolesAllowed({"coordinator", "admin"})
        public void widened() {
        }
    }

    static class NoRule {
        public void nothing() {
        }

        @DenyAll
        public void closed() {
        }
    }

    @Test
    void theMethodsRuleWinsOverTheClasss() throws Exception {
        assertEquals(Optional.of(new Access(Access.Kind.ROLES, Set.of("admin"))), rule(AdminsOnly.class, "inherits"));
        assertEquals(Optional.of(new Access(Access.Kind.PERMIT_ALL, Set.of())), rule(AdminsOnly.class, "open"));
        assertEquals(Optional.of(new Access(Access.Kind.ROLES, Set.of("coordinator", "admin"))),
                rule(AdminsOnly.class, "widened"));
    }

    @Test
    void withoutAnyRuleThereIsNone() throws Exception {
        assertEquals(Optional.empty(), rule(NoRule.class, "nothing"));
        assertEquals(Optional.of(new Access(Access.Kind.DENY_ALL, Set.of())), rule(NoRule.class, "closed"));
    }

    private static Optional<Access> rule(Class<?> type, String method) throws NoSuchMethodException {
        return Access.declared(type, type.getMethod(method));
    }
}
