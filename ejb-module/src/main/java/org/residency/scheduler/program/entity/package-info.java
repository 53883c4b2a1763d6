/** The stored program model: a program with its people, rotations, curriculum, fixed blocks, absences and requests. */
package org.residency.scheduler.program.entity;
