/** Errors as RFC 9457 problem details ({@code application/problem+json}): one mapper per kind of failure. */
package org.residency.scheduler.web.problem;
