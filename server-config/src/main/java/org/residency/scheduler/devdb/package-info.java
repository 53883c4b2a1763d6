/** Host-side tool that runs an embedded PostgreSQL when no DATABASE_URL is configured. */
package org.residency.scheduler.devdb;
