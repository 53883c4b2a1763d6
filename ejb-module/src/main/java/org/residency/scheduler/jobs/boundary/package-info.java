/** The job service and the message-driven beans that consume the job queue and the dead message queue. */
package org.residency.scheduler.jobs.boundary;
