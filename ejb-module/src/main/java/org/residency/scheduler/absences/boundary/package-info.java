/** Requesting, listing, deciding absence requests, and proposing the schedule repair an approval may apply. */
package org.residency.scheduler.absences.boundary;
