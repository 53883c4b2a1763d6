/** Accounts, their roles and audit entries as stored (tables of V5__users_and_audit.sql). */
package org.residency.scheduler.security.entity;
