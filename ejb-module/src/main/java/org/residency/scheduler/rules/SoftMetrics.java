package org.residency.scheduler.rules;

/**
 * The reference checker's soft metrics, computed the same way.
 *
 * @param callSpread        per PGY, max minus min calls, summed over PGY levels (lower is better)
 * @param requestsGranted   share of OFF requests whose day is free, rounded to 4 places (higher is better)
 * @param weekendCallSpread the same spread for Friday and Saturday nights
 * @param clinicSpread      per PGY, max minus min continuity-clinic sessions over the year
 */
public record SoftMetrics(int callSpread, double requestsGranted, int weekendCallSpread, int clinicSpread) {
}
