/**
 * Headless commands for batch users and benchmarks: {@code scripts/solve} runs the engine on a program
 * file without the application server, {@code scripts/validate} runs the project's validator on a
 * program and schedule. Exit codes follow {@code check.py}: 0 fine, 1 rule-level failure, 2 bad input.
 */
package org.residency.scheduler.engine.cli;
