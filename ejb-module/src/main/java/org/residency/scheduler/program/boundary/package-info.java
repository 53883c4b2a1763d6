/** The program services: import, export, list and delete programs, and edit their people, rotations and absences. */
package org.residency.scheduler.program.boundary;
