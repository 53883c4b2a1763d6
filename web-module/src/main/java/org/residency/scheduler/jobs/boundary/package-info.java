/** REST access to asynchronous jobs: their state, the dead-lettered messages, and submitting schedule validations. */
package org.residency.scheduler.jobs.boundary;
