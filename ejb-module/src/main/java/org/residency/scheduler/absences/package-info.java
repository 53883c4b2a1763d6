/** Absence requests: residents and faculty ask for time away, coordinators approve (with a repair) or reject. */
package org.residency.scheduler.absences;
