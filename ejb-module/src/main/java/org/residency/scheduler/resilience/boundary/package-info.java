/** The resilience services: the program's resilience view, checks, contingency runs, fallbacks and tasks. */
package org.residency.scheduler.resilience.boundary;
