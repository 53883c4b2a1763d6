package org.residency.scheduler.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.residency.scheduler.platform.SharedFailureWindows;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The seed's sign-in limit: {@code login.max-failures} (5) failed attempts per {@code login.window-seconds}
 * (60) per username and per client address; past that every attempt is refused until the window moves on.
 * The failures are counted in this instance and, with Redis configured, across the deployment group
 * ({@link SharedFailureWindows}): a key is refused when either count reaches the limit, so a Redis outage
 * falls back to the instance's own count instead of to no limit.
 */
@ApplicationScoped
public class LoginGuard {

    private static final Logger LOG = Logger.getLogger(LoginGuard.class.getName());
    private static final long WARN_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    @Inject
    @ConfigProperty(name = "login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "login.window-seconds", defaultValue = "60")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = "login.trusted-proxies")
    Optional<String> trustedProxies;

    @Inject
    SharedFailureWindows shared;

    private LoginThrottle throttle;
    private ClientAddress clients;
    private Duration window;
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS - 1);

    @PostConstruct
    void start() {
        window = Duration.ofSeconds(windowSeconds);
        throttle = new LoginThrottle(maxFailures, window, clock);
        clients = new ClientAddress(Arrays.stream(trustedProxies.orElse("").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    /** How long this username or this request's address must wait; empty when it may try now. */
    public Optional<Duration> blockedFor(String username, HttpServletRequest request) {
        return longest(blockedFor(userKey(username)), blockedFor(addressKey(request)));
    }

    public void failed(String username, HttpServletRequest request) {
        for (String key : new String[] {userKey(username), addressKey(request)}) {
            throttle.failed(key);
            shared(() -> {
                shared.failed(key, clock.instant(), window);
                return null;
            });
        }
    }

    /** Clears the username's failures; the address keeps its own, or one good account would reset it. */
    public void succeeded(String username) {
        throttle.succeeded(userKey(username));
        shared(() -> {
            shared.succeeded(userKey(username));
            return null;
        });
    }

    private Optional<Duration> blockedFor(String key) {
        Optional<Duration> here = throttle.blockedFor(key);
        Optional<Duration> everywhere = Optional.ofNullable(
                shared(() -> shared.blockedFor(key, clock.instant(), maxFailures, window).orElse(null)));
        return longest(here, everywhere);
    }

    /** Runs a step on the shared count; without Redis, or when it fails, the instance's own count decides. */
    private <T> T shared(Supplier<T> step) {
        if (!shared.configured()) {
            return null;
        }
        try {
            return step.get();
        } catch (RuntimeException e) {
            long now = System.nanoTime();
            long last = lastWarning.get();
            // Once a minute at most: a guesser's flood during an outage must not flood the log too.
            if (now - last > WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
                LOG.log(Level.WARNING, "The shared sign-in failure count is unavailable, counting on this instance"
                        + " only: " + e.getMessage());
            }
            return null;
        }
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isPresent() && b.isPresent()) {
            return a.get().compareTo(b.get()) >= 0 ? a : b;
        }
        return a.isPresent() ? a : b;
    }

    private String addressKey(HttpServletRequest request) {
        return "address:" + clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    private static String userKey(String username) {
        return "user:" + username;
    }
}
