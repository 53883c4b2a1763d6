/**
 * The schedule grid as HTML, written by hand into one string: a block is 150 residents x 28 days x 2
 * sessions (8,400 cells), a year thirteen times that, and components per cell would cost seconds.
 */
package org.residency.scheduler.ui.grid;
