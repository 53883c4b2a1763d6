/** REST for resilience: the program's resilience view, the contingency job, fallbacks, and the periodic tasks' runs. */
package org.residency.scheduler.resilience;
