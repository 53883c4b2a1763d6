package org.residency.scheduler.loadtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One schedule generation started in the middle of the load: posts the request, then polls the job (once a
 * second, outside the measured stream) until it finishes. The window between the post and the end is what
 * "reads during a generation" are measured over.
 */
final class Generation implements Runnable {

    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z_]+)\"");

    private final HttpClient client;
    private final LoadOptions options;
    private volatile long started = Long.MAX_VALUE;
    private volatile long ended = Long.MAX_VALUE;
    private volatile String outcome = "not started";
    private volatile URI job;

    Generation(HttpClient client, LoadOptions options) {
        this.client = client;
        this.options = options;
    }

    @Override
    public void run() {
        try {
            started = System.nanoTime();
            HttpResponse<String> posted = client.send(request(options.generations())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"timeLimitSeconds\":" + options.generationLimitSeconds() + "}"))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (posted.statusCode() != 202) {
                outcome = "refused: HTTP " + posted.statusCode() + " " + posted.body();
                return;
            }
            job = options.base().resolve(posted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
            String state = "QUEUED";
            while (state.equals("QUEUED") || state.equals("RUNNING")) {
                Thread.sleep(1000);
                state = state(client.send(request(job).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            }
            outcome = state;
        } catch (InterruptedException e) {
            outcome = "still running when the load ended";
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            outcome = "failed: " + e;
        } finally {
            ended = System.nanoTime();
        }
    }

    /** Whether a request planned at this instant arrived while the generation was queued or running. */
    boolean during(long planned) {
        return planned >= started && planned <= ended;
    }

    String outcome() {
        return outcome;
    }

    double seconds() {
        return started == Long.MAX_VALUE || ended == Long.MAX_VALUE ? 0 : (ended - started) / 1e9;
    }

    /** Cancels a generation the run outlived, so the load test leaves no work behind. */
    void cancelIfRunning() {
        if (job != null && ended == Long.MAX_VALUE) {
            try {
                client.send(request(job).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                outcome += " (cancel failed: " + e.getMessage() + ")";
            }
        }
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", options.authorization());
    }

    private static String state(String json) {
        Matcher m = STATE.matcher(json);
        return m.find() ? m.group(1) : "UNKNOWN";
    }
}
