/** How jobs travel and run: the JMS sender, the message format and the work of each kind of job. */
package org.residency.scheduler.jobs.control;
