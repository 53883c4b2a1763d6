/** Export services: calendar feeds (issue, revoke, serve by token) and schedule workbooks. */
package org.residency.scheduler.export.boundary;
