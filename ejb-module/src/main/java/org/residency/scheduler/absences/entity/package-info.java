/** The stored absence requests, their life cycle, and the repair proposals made for them. */
package org.residency.scheduler.absences.entity;
