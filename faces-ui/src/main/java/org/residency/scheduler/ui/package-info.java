/** Backing beans of the Faces pages, one per page, named after it. */
package org.residency.scheduler.ui;
