/** The web module's JAX-RS application and cross-cutting web concerns. */
package org.residency.scheduler.web;
