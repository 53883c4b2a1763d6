/** Submitting generation and repair jobs, the request bodies they take, and storing what the engine produced. */
package org.residency.scheduler.generation.boundary;
