/**
 * Jakarta Security for the whole WAR: one authentication mechanism (form sign-in for pages, HTTP Basic
 * for {@code /api}), the identity store over the accounts table, login throttling, role checks on every
 * REST method (deny by default), security headers, and the audit of changes.
 */
package org.residency.scheduler.security;
