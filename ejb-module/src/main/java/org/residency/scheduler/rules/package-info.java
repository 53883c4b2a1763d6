/**
 * The independent schedule validator: the hard rules of {@code ../shared/formats/check.py}, one class
 * per rule, counted exactly as the reference checker counts them, plus its soft metrics. Plain Java,
 * no container and no code shared with any solver, so that it can judge a solver's answers.
 */
package org.residency.scheduler.rules;
