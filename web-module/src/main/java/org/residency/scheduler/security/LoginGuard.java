package org.residency.scheduler.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The seed's sign-in limit: {@code login.max-failures} (5) failed attempts per {@code login.window-seconds}
 * (60) per username and per client address; past that every attempt is refused until the window moves on.
 */
@ApplicationScoped
public class LoginGuard {

    @Inject
    @ConfigProperty(name = "login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "login.window-seconds", defaultValue = "60")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = "login.trusted-proxies")
    Optional<String> trustedProxies;

    private LoginThrottle throttle;
    private ClientAddress clients;

    @PostConstruct
    void start() {
        throttle = new LoginThrottle(maxFailures, Duration.ofSeconds(windowSeconds), Clock.systemUTC());
        clients = new ClientAddress(Arrays.stream(trustedProxies.orElse("").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    /** How long this username or this request's address must wait; empty when it may try now. */
    public Optional<Duration> blockedFor(String username, HttpServletRequest request) {
        Optional<Duration> user = throttle.blockedFor(userKey(username));
        Optional<Duration> address = throttle.blockedFor(addressKey(request));
        if (user.isPresent() && address.isPresent()) {
            return Optional.of(user.get().compareTo(address.get()) > 0 ? user.get() : address.get());
        }
        return user.isPresent() ? user : address;
    }

    public void failed(String username, HttpServletRequest request) {
        throttle.failed(userKey(username));
        throttle.failed(addressKey(request));
    }

    /** Clears the username's failures; the address keeps its own, or one good account would reset it. */
    public void succeeded(String username) {
        throttle.succeeded(userKey(username));
    }

    private String addressKey(HttpServletRequest request) {
        return "address:" + clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    private static String userKey(String username) {
        return "user:" + username;
    }
}
