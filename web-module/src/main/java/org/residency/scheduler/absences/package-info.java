/** REST resources of absence requests: request, list, withdraw, repair proposal, approve, reject. */
package org.residency.scheduler.absences;
