/** MicroProfile Health checks: liveness of the JVM, readiness of PostgreSQL, the JMS broker, Redis and the schema. */
package org.residency.scheduler.health;
