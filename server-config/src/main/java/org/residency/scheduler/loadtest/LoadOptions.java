package org.residency.scheduler.loadtest;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

/**
 * What one load run does, from the command line: {@code --url U --program P --schedule S [--rate 300]
 * [--duration 300] [--warmup 15] [--listing-share 0.2] [--generate-after S] [--generation-limit 30]
 * [--max-p95-ms 50]}. Credentials come from {@code LOAD_AUTH=user:password} (environment), never arguments,
 * so they stay out of the process list.
 */
record LoadOptions(URI base, long programId, String scheduleId, int rate, Duration duration, Duration warmup,
                   double listingShare, Duration generateAfter, int generationLimitSeconds, double maxP95Millis,
                   String authorization) {

    static LoadOptions parse(String[] args, String auth) {
        URI base = URI.create("http://127.0.0.1:8080");
        Long program = null;
        String schedule = null;
        int rate = 300;
        long duration = 300;
        long warmup = 15;
        double listingShare = 0.2;
        Duration generateAfter = null;
        int generationLimit = 30;
        double maxP95 = 50;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--url" -> base = URI.create(required(args[i], value).replaceAll("/+$", ""));
                case "--program" -> program = Long.parseLong(required(args[i], value));
                case "--schedule" -> schedule = required(args[i], value);
                case "--rate" -> rate = Integer.parseInt(required(args[i], value));
                case "--duration" -> duration = Long.parseLong(required(args[i], value));
                case "--warmup" -> warmup = Long.parseLong(required(args[i], value));
                case "--listing-share" -> listingShare = Double.parseDouble(required(args[i], value));
                case "--generate-after" -> generateAfter = Duration.ofSeconds(Long.parseLong(required(args[i], value)));
                case "--generation-limit" -> generationLimit = Integer.parseInt(required(args[i], value));
                case "--max-p95-ms" -> maxP95 = Double.parseDouble(required(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (program == null || schedule == null) {
            throw new IllegalArgumentException("--program and --schedule are required");
        }
        if (rate < 1 || rate > 5000 || duration < 1 || duration > 3600 || listingShare < 0 || listingShare > 1) {
            throw new IllegalArgumentException("rate 1..5000, duration 1..3600 s, listing share 0..1");
        }
        if (auth == null || !auth.contains(":")) {
            throw new IllegalArgumentException("set LOAD_AUTH=user:password (an account that may read programs)");
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8));
        return new LoadOptions(base, program, schedule, rate, Duration.ofSeconds(duration), Duration.ofSeconds(warmup),
                listingShare, generateAfter, generationLimit, maxP95, basic);
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    URI schedule() {
        return base.resolve("/api/programs/" + programId + "/schedules/" + scheduleId);
    }

    URI programs() {
        return base.resolve("/api/programs");
    }

    URI generations() {
        return base.resolve("/api/programs/" + programId + "/schedules");
    }

    /** Request number {@code n} is a listing when it carries the running share over a whole number. */
    boolean isListing(long n) {
        return Math.floor((n + 1) * listingShare) > Math.floor(n * listingShare);
    }
}
