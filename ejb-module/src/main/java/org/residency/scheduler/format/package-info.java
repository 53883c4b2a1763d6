/**
 * The interchange documents of {@code ../shared/formats}: {@code residency-program/1} and
 * {@code residency-schedule/1}, as immutable records that JSON-B reads and writes field for field.
 */
package org.residency.scheduler.format;
