package org.residency.scheduler.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Locale;

/** The sign-in page: hands the credentials to the application's authentication mechanism, and signs out. */
@Named
@RequestScoped
public class LoginBacking {

    /** Set by the mechanism (web module, security.AuthFailure) when sign-ins are throttled. */
    static final String RETRY_AFTER_SECONDS = "org.residency.scheduler.signIn.retryAfterSeconds";

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;
    private String password;

    public String signIn() {
        ExternalContext external = faces.getExternalContext();
        String caller = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(caller, password == null ? "" : password))
                        .newAuthentication(true));
        // Refused credentials leave the mechanism's "nothing done", which the container reports as SUCCESS
        // without a caller: only a caller means signed in.
        if (status == AuthenticationStatus.SUCCESS && security.getCallerPrincipal() != null) {
            return "/index.xhtml?faces-redirect=true";
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        Object retryAfter = external.getRequestMap().get(RETRY_AFTER_SECONDS);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, retryAfter != null
                ? "Too many failed sign-in attempts. Try again in " + retryAfter + " seconds."
                : "Wrong username or password.", null));
        return null;
    }

    public String signOut() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }

    public String getCaller() {
        var principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
