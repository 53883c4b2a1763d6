package org.residency.scheduler.loadtest;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Schedule reads and program listings at a fixed arrival rate (open model): request n is planned at
 * start + n / rate (after a warm-up that ramps up to the rate and is not counted) and sent then, whatever
 * earlier requests are doing; its latency runs from that planned instant to the last byte of the answer.
 * Prints a Markdown table; exits 1 when any request failed or a p95 of schedule reads exceeds the limit,
 * 2 on bad arguments.
 */
public final class LoadTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final LoadOptions options;
    private final HttpClient client;
    private final Latencies reads = new Latencies();
    private final Latencies listings = new Latencies();
    private final Latencies readsDuringGeneration = new Latencies();
    private final AtomicLong inFlight = new AtomicLong();
    private volatile long maxInFlight;

    private LoadTest(LoadOptions options, ExecutorService callbacks) {
        this.options = options;
        // HTTP/1.1 with keep-alive: the client's pool reuses idle connections and opens more only while
        // earlier requests are still outstanding.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(callbacks).build();
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args, System.getenv("LOAD_AUTH"));
        } catch (IllegalArgumentException e) {
            System.err.println("load-test: " + e.getMessage());
            System.exit(2);
            return;
        }
        ExecutorService callbacks = Executors.newFixedThreadPool(4);
        int exit = new LoadTest(options, callbacks).run();
        callbacks.shutdownNow();
        System.exit(exit);
    }

    private int run() throws Exception {
        String before = metrics();
        double[] loadBefore = loadAverage();
        Generation generation = options.generateAfter() == null ? null : new Generation(client, options);
        Thread generator = generation == null ? null : new Thread(generation, "generation");
        Instant began = Instant.now();
        System.err.printf("load-test: %d req/s for %d s after a %d s warm-up against %s%n", options.rate(),
                options.duration().toSeconds(), options.warmup().toSeconds(), options.base());

        long start = System.nanoTime();
        long measuredFrom = start + options.warmup().toNanos();
        long end = measuredFrom + options.duration().toNanos();
        double loadMax = 0;
        long nextLoadSample = measuredFrom;
        long planned = start;
        for (long n = 0; planned < end; n++) {
            LockSupport.parkNanos(planned - System.nanoTime());
            if (generator != null && !generator.isAlive() && generation.outcome().equals("not started")
                    && planned >= measuredFrom + options.generateAfter().toNanos()) {
                generator.start();
            }
            if (planned >= nextLoadSample) {
                loadMax = Math.max(loadMax, loadAverage()[0]);
                nextLoadSample += 5_000_000_000L;
            }
            send(n, planned, planned >= measuredFrom, generation);
            planned += interval(planned - start);
        }
        awaitOutstanding();
        if (generator != null) {
            generation.cancelIfRunning();
            generator.interrupt();
            generator.join(5000);
        }
        double[] loadAfter = loadAverage();
        String after = metrics();

        Latencies.Summary r = reads.summary();
        Latencies.Summary l = listings.summary();
        Latencies.Summary g = readsDuringGeneration.summary();
        System.out.printf("Load test %s: %d req/s for %d s (after %d s warm-up), %.0f%% schedule reads of %s, %.0f%% program listings; "
                        + "open model, latency from each request's planned start; at most %d requests in flight%n%n",
                began, options.rate(), options.duration().toSeconds(), options.warmup().toSeconds(),
                100 * (1 - options.listingShare()), options.schedule().getPath(), 100 * options.listingShare(), maxInFlight);
        System.out.println("| requests | count | errors | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        System.out.println(r.row("schedule reads"));
        System.out.println(l.row("program listings"));
        if (generation != null) {
            System.out.println(g.row("schedule reads while the generation was queued or running"));
        }
        System.out.println();
        System.out.printf("Load average (1 min): %.2f before, %.2f after, %.2f highest sample during the run%n",
                loadBefore[0], loadAfter[0], loadMax);
        System.out.printf("Schedule cache: %s hits, %s misses during the run (including warm-up)%n",
                delta(before, after, "schedule_cache_hits"), delta(before, after, "schedule_cache_misses"));
        if (generation != null) {
            System.out.printf("Generation posted %d s into the measured run: %s after %.1f s%n",
                    options.generateAfter().toSeconds(), generation.outcome(), generation.seconds());
        }
        boolean ok = r.errors() == 0 && l.errors() == 0 && r.p95() <= options.maxP95Millis()
                && (generation == null || g.p95() <= options.maxP95Millis());
        System.out.println(ok ? "PASS: no errors, schedule-read p95 within " + options.maxP95Millis() + " ms"
                : "FAIL: errors, or a schedule-read p95 over " + options.maxP95Millis() + " ms");
        return ok ? 0 : 1;
    }

    /**
     * Nanoseconds to the next planned request: the warm-up ramps from a tenth of the rate to all of it (a
     * JVM that has just been deployed cannot take the full rate before its JIT has compiled the hot paths,
     * and in an open model a queue it builds then never drains); the measured run keeps the fixed rate.
     */
    private long interval(long sinceStart) {
        long warmup = options.warmup().toNanos();
        double share = sinceStart >= warmup ? 1.0 : 0.1 + 0.9 * sinceStart / warmup;
        return (long) (1_000_000_000L / (options.rate() * share));
    }

    private void send(long n, long planned, boolean measured, Generation generation) {
        boolean listing = options.isListing(n);
        HttpRequest request = HttpRequest.newBuilder(listing ? options.programs() : options.schedule())
                .timeout(TIMEOUT).header("Authorization", options.authorization()).header("Accept", "application/json")
                .GET().build();
        maxInFlight = Math.max(maxInFlight, inFlight.incrementAndGet());
        client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
            long latency = System.nanoTime() - planned;
            inFlight.decrementAndGet();
            if (!measured) {
                return;
            }
            boolean ok = failure == null && response.statusCode() == 200 && response.body().length > 0;
            if (!ok && failure != null) {
                System.err.println("load-test: " + failure);
            } else if (!ok) {
                System.err.println("load-test: HTTP " + response.statusCode() + " for " + request.uri());
            }
            if (listing) {
                listings.record(latency, ok);
            } else {
                reads.record(latency, ok);
                if (generation != null && generation.during(planned)) {
                    readsDuringGeneration.record(latency, ok);
                }
            }
        });
    }

    private void awaitOutstanding() throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos() + 1_000_000_000L;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private String metrics() {
        try {
            return client.send(HttpRequest.newBuilder(options.base().resolve("/metrics")).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    /** Sum of a Prometheus counter's samples (any tags), or NaN when it is not exported. */
    static double counter(String metrics, String name) {
        double sum = Double.NaN;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "_total")) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                sum = Double.isNaN(sum) ? value : sum + value;
            }
        }
        return sum;
    }

    private static String delta(String before, String after, String name) {
        double now = counter(after, name);
        double then = counter(before, name);
        // A counter appears with its first increment: missing before the run means zero then.
        return Double.isNaN(now) ? "n/a" : String.format("%.0f", now - (Double.isNaN(then) ? 0 : then));
    }

    private static double[] loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[]{Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
        } catch (IOException | RuntimeException e) {
            return new double[]{Double.NaN, Double.NaN};
        }
    }
}
