package org.residency.scheduler.security.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.residency.scheduler.security.entity.Account;
import org.residency.scheduler.security.entity.Role;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An account as clients see it: never the password hash. {@code programId} and {@code personId} (the
 * person's id in the program document, e.g. R01) name the linked resident or faculty member.
 */
@JsonbPropertyOrder({"id", "username", "roles", "programId", "personId", "createdAt", "passwordChangedAt"})
public record AccountSummary(long id, String username, List<String> roles, Long programId, String personId,
                             OffsetDateTime createdAt, OffsetDateTime passwordChangedAt) {

    static AccountSummary of(Account account) {
        var person = account.getPerson();
        return new AccountSummary(account.getId(), account.getUsername(),
                account.getRoles().stream().sorted().map(Role::groupName).toList(),
                person == null ? null : person.getProgram().getId(),
                person == null ? null : person.getExternalId(),
                account.getCreatedAt(), account.getPasswordChangedAt());
    }
}
