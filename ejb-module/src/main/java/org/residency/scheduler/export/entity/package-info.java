/** What exports store: the hashed secret of each person's calendar feed. */
package org.residency.scheduler.export.entity;
