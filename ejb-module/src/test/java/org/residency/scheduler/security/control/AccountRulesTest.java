package org.residency.scheduler.security.control;

import org.junit.jupiter.api.Test;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.security.entity.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountRulesTest {

    @Test
    void usernamesAreLowercaseWordsOfThreeToSixtyFour() {
        assertTrue(AccountRules.checkUsername("dr.dana-2").isEmpty());
        assertEquals(1, AccountRules.checkUsername("Dana").size());
        assertEquals(1, AccountRules.checkUsername("ab").size());
        assertEquals(1, AccountRules.checkUsername("x".repeat(65)).size());
        assertEquals(1, AccountRules.checkUsername(null).size());
    }

    @Test
    void rolesAreReadByNameAndUnknownOnesAreNamed() {
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = AccountRules.roles(List.of("coordinator", "root", "admin"), errors);
        assertEquals(Set.of(Role.COORDINATOR, Role.ADMIN), roles);
        assertEquals(List.of(new FieldError("roles[1]", "unknown role root")), errors);
    }

    @Test
    void anAccountNeedsARoleAndCannotBeResidentAndFaculty() {
        List<FieldError> none = new ArrayList<>();
        AccountRules.roles(List.of(), none);
        assertEquals(1, none.size());
        List<FieldError> both = new ArrayList<>();
        AccountRules.roles(List.of("resident", "faculty"), both);
        assertEquals("roles", both.get(0).field());
    }

    @Test
    void residentAndFacultyAccountsNeedTheirPerson() {
        assertEquals(1, AccountRules.checkPersonLink(Set.of(Role.RESIDENT), null, null).size());
        assertEquals(1, AccountRules.checkPersonLink(Set.of(Role.FACULTY), 3L, null).size());
        assertTrue(AccountRules.checkPersonLink(Set.of(Role.RESIDENT), 3L, "R01").isEmpty());
        assertTrue(AccountRules.checkPersonLink(Set.of(Role.COORDINATOR), null, null).isEmpty());
        assertEquals(1, AccountRules.checkPersonLink(Set.of(Role.ADMIN), 3L, null).size());
    }
}
