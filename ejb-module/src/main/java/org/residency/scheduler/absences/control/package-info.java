/** Checks of a requested absence against its program, and the parts of an approval with a repair. */
package org.residency.scheduler.absences.control;
