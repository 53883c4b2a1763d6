/**
 * Long-running work done asynchronously: a {@code Job} row tracks it, a JSON message on the JMS
 * job queue carries it, and a message-driven bean runs it. Poison messages end in the broker's
 * dead message queue and are recorded, never redelivered forever.
 */
package org.residency.scheduler.jobs;
