/**
 * Finds programs that can have no schedule at all, by counting arguments that take milliseconds, and
 * explains each in a coordinator's words. Every argument is sound: a program that has a valid schedule
 * is never reported; a program it passes may still be infeasible (the solver then says so).
 */
package org.residency.scheduler.engine.diagnosis;
