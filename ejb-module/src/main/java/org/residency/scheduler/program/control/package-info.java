/** Mapping between the program document and the entities, and the edits that keep a stored program valid. */
package org.residency.scheduler.program.control;
