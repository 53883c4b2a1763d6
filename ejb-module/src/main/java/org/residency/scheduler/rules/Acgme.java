package org.residency.scheduler.rules;

/**
 * ACGME Common Program Requirements citations (Section VI). ACGME renumbered the section in 2025
 * without changing the wording, so programs cite both numbers (see {@code shared/ACGME.md}).
 */
final class Acgme {

    static final String HOURS_80 = "ACGME CPR VI.F.1 (2023) / 6.20 (2025)";
    static final String POST_CALL_FREE = "ACGME CPR VI.F.2.b (2023) / 6.21.a (2025)";
    static final String ONE_DAY_IN_SEVEN = "ACGME CPR VI.F.2.c (2023) / 6.21.b (2025)";
    static final String CONTINUOUS_24_PLUS_4 = "ACGME CPR VI.F.3.a (2023) / 6.22 (2025)";
    static final String EVERY_THIRD_NIGHT = "ACGME CPR VI.F.7 (2023) / 6.27 (2025)";
    /** The CPR set no numeric ratio; the 1:2 / 1:4 ratios are the program's own setting. */
    static final String SUPERVISION = "ACGME CPR VI.A.2 (2023); ratios are program policy";

    private Acgme() {
    }
}
