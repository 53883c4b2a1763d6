/** Domain exceptions shared by the services; the web module maps each to one problem type and status. */
package org.residency.scheduler.common;
