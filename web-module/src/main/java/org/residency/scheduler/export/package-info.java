/** REST for exports: calendar feeds (managed per person, read anonymously by token) and Excel workbooks. */
package org.residency.scheduler.export;
