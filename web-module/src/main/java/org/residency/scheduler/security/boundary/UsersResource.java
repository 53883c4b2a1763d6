package org.residency.scheduler.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.format.FieldError;
import org.residency.scheduler.security.AccountIdentityStore;
import org.residency.scheduler.security.PasswordHasher;
import org.residency.scheduler.security.control.AccountRules;
import org.residency.scheduler.security.control.PasswordPolicy;
import org.residency.scheduler.security.entity.Role;
import org.residency.scheduler.security.entity.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Accounts, for admins: create with roles and person link, change roles, reset a password, remove. Never a hash. */
@RequestScoped
@Path("users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UsersResource {

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountIdentityStore identities;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<AccountSummary> list() {
        return accounts.list();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(AccountRequest request, @Context UriInfo uri) {
        AccountRequest body = required(request);
        // Every error of the request at once, and no 0.2 s of hashing for a request that will be refused.
        List<FieldError> errors = new ArrayList<>(AccountRules.checkUsername(body.username()));
        Set<Role> roles = AccountRules.roles(body.roles(), errors);
        errors.addAll(AccountRules.checkPersonLink(roles, body.programId(), body.personId()));
        errors.addAll(PasswordPolicy.check("password", body.username(), body.password()));
        InvalidDocumentException.requireNone(errors);
        AccountSummary created = accounts.create(body, hasher.hash(body.password()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public AccountSummary get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    /** Roles and person link; the username stays, and the password has its own resource. */
    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public AccountSummary update(@PathParam("id") long id, AccountRequest request) {
        AccountRequest body = required(request);
        if (body.password() != null) {
            throw new InvalidDocumentException(List.of(new FieldError("password",
                    "is changed with PUT /api/users/" + id + "/password")));
        }
        AccountSummary updated = accounts.update(id, body);
        identities.forget(updated.username());
        return updated;
    }

    @PUT
    @Path("{id}/password")
    @RolesAllowed(Roles.ADMIN)
    public void resetPassword(@PathParam("id") long id, NewPassword request) {
        String password = request == null ? null : request.password();
        String username = accounts.get(id).username();
        InvalidDocumentException.requireNone(PasswordPolicy.check("password", username, password));
        accounts.changePassword(id, hasher.hash(password));
        identities.forget(username);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public void delete(@PathParam("id") long id) {
        identities.forget(accounts.delete(id));
    }

    private static AccountRequest required(AccountRequest request) {
        if (request == null) {
            throw new InvalidDocumentException(List.of(new FieldError("user", "the body is required")));
        }
        return request;
    }
}
