/** Password hashing and the password policy. */
package org.residency.scheduler.security.control;
