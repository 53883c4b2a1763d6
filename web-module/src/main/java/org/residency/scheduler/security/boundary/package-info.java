/** REST resources of account management ({@code /api/users}) and the audit log ({@code /api/audit}), admins only. */
package org.residency.scheduler.security.boundary;
