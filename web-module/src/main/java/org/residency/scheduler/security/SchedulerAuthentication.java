package org.residency.scheduler.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The application's one authentication mechanism, choosing by path:
 * <ul>
 * <li>{@code /api/**}: HTTP Basic on each request, never a session and never a redirect. A request
 * without credentials goes on anonymously and the REST role check answers 401; refused credentials
 * are left on the request ({@link AuthFailure}) for it to answer 401 or 429.</li>
 * <li>pages: the sign-in page authenticates through {@code SecurityContext.authenticate}; the session
 * then carries the caller, under a new session id. A protected page without a caller redirects a
 * browser to the sign-in page and answers 401 to anything that does not accept HTML.</li>
 * </ul>
 */
@ApplicationScoped
public class SchedulerAuthentication implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/login.xhtml";
    static final String CHALLENGE = "Basic realm=\"residency-scheduler\", charset=\"UTF-8\"";

    @Inject
    IdentityStoreHandler identities;

    @Inject
    LoginGuard guard;

    @Inject
    AccountIdentityStore accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential form) {
            return signIn(request, context, form);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            return fromHeader(request, response, context, authorization);
        }
        if (isApi(request)) {
            return context.doNothing(); // anonymous: the REST role check answers 401 where a role is needed
        }
        SignedIn signedIn = signedIn(request);
        if (signedIn != null) {
            // The account as it is now: removed accounts lose their sessions, changed roles apply at once.
            Optional<Set<String>> groups = accounts.currentGroups(signedIn.username());
            if (groups.isPresent()) {
                return context.notifyContainerAboutLogin(signedIn.username(), groups.get());
            }
            request.getSession().invalidate();
        }
        if (context.isProtected()) {
            return challenge(request, response, context);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedIn.ATTRIBUTE);
        }
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        UsernamePasswordCredential credential) {
        Optional<CredentialValidationResult> valid = check(request, credential);
        if (valid.isEmpty()) {
            return context.doNothing();
        }
        CredentialValidationResult result = valid.get();
        // Session fixation: whatever id the browser had before signing in stops meaning anything.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SignedIn.ATTRIBUTE, new SignedIn(result.getCallerPrincipal().getName()));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus fromHeader(HttpServletRequest request, HttpServletResponse response,
                                            HttpMessageContext context, String authorization) {
        Optional<UsernamePasswordCredential> credential = BasicCredentials.isBasic(authorization)
                ? BasicCredentials.parse(authorization) : Optional.empty();
        Optional<CredentialValidationResult> valid = credential.isEmpty() ? Optional.empty()
                : check(request, credential.get());
        if (valid.isPresent()) {
            return context.notifyContainerAboutLogin(valid.get());
        }
        if (AuthFailure.of(request) == null) {
            AuthFailure.badCredentials().attachTo(request);
        }
        return isApi(request) ? context.doNothing() : challenge(request, response, context);
    }

    /** The throttle, then the identity store; a refusal is attached to the request. */
    private Optional<CredentialValidationResult> check(HttpServletRequest request, UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        Optional<Duration> blocked = guard.blockedFor(username, request);
        if (blocked.isPresent()) {
            AuthFailure.throttled(blocked.get()).attachTo(request);
            return Optional.empty();
        }
        CredentialValidationResult result = identities.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            guard.failed(username, request);
            AuthFailure.badCredentials().attachTo(request);
            return Optional.empty();
        }
        guard.succeeded(username);
        return Optional.of(result);
    }

    private AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        SecurityHeaders.apply(request, response); // this answer does not reach the filter chain
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        }
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return context.responseUnauthorized();
    }

    private static SignedIn signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignedIn) session.getAttribute(SignedIn.ATTRIBUTE);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
