/** What the application needs from its platform before anything else runs: the schema (Flyway) and the data source. */
package org.residency.scheduler.platform;
