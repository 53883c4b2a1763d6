/** REST resources for programs and their residents, faculty, rotations and absences under {@code /api/programs}. */
package org.residency.scheduler.program.boundary;
