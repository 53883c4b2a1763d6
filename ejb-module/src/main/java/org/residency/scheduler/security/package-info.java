/** Who may use the application: accounts with PBKDF2-hashed passwords and roles, and the audit log of changes. */
package org.residency.scheduler.security;
