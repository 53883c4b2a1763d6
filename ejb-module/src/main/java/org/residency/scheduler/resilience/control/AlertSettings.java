package org.residency.scheduler.resilience.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where alerts go: mail when {@code resilience.alert.smtp-host} and {@code resilience.alert.mail-to} are set,
 * a webhook when {@code resilience.alert.webhook-url} is; with neither, alerts are only stored and logged.
 */
@ApplicationScoped
public class AlertSettings {

    @Inject
    @ConfigProperty(name = "resilience.alert.smtp-host")
    Optional<String> smtpHost;
    @Inject
    @ConfigProperty(name = "resilience.alert.smtp-port", defaultValue = "25")
    int smtpPort;
    @Inject
    @ConfigProperty(name = "resilience.alert.mail-from", defaultValue = "residency-scheduler@localhost")
    String from;
    @Inject
    @ConfigProperty(name = "resilience.alert.mail-to")
    Optional<String> to;
    @Inject
    @ConfigProperty(name = "resilience.alert.webhook-url")
    Optional<String> webhook;
    @Inject
    @ConfigProperty(name = "resilience.alert.attempts", defaultValue = "5")
    int attempts;

    public List<AlertChannel> channels() {
        List<AlertChannel> channels = new ArrayList<>();
        if (smtpHost.isPresent() && to.isPresent()) {
            channels.add(new MailChannel(smtpHost.get(), smtpPort, from,
                    Arrays.stream(to.get().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()));
        }
        webhook.map(URI::create).map(WebhookChannel::new).ifPresent(channels::add);
        return channels;
    }

    public int attempts() {
        return attempts;
    }
}
