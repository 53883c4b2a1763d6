/** Account management, credential checks, the first admin and the audit log, as transactional services. */
package org.residency.scheduler.security.boundary;
