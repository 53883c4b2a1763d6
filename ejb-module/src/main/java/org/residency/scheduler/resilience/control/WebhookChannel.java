package org.residency.scheduler.resilience.control;

import jakarta.json.Json;
import org.residency.scheduler.resilience.analysis.AlertMessage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts alerts as JSON ({@code key, programId, subject, text}) to a configured URL; any non-2xx is a failure. */
public final class WebhookChannel implements AlertChannel {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public WebhookChannel(URI url) {
        this.url = url;
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public void send(AlertMessage alert) {
        String body = Json.createObjectBuilder().add("key", alert.key()).add("programId", alert.programId())
                .add("subject", alert.subject()).add("text", alert.text()).build().toString();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("webhook " + url + " answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("webhook " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the webhook", e);
        }
    }
}
