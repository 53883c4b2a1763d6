/** What a job is: its persistent state as users see it. */
package org.residency.scheduler.jobs.entity;
