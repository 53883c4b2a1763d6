/** Backing beans of the exports, program and resilience pages. */
package org.residency.scheduler.ui.exports;
