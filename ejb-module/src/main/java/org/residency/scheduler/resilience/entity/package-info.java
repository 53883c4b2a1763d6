/** What the resilience layer stores: analyses, level changes, fallback schedules and task runs. */
package org.residency.scheduler.resilience.entity;
