/** The optional Redis cache of schedule documents (Jedis); off with a warning when Redis is not configured. */
package org.residency.scheduler.cache;
