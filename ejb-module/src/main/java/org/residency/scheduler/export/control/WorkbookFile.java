package org.residency.scheduler.export.control;

import java.text.Normalizer;
import java.util.Locale;

/** How a workbook download is typed and named: "program-name_schedule_block-3.xlsx", ASCII only. */
public final class WorkbookFile {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private WorkbookFile() {
    }

    public static String name(SchedulePlan plan, String scheduleId, Integer block) {
        return slug(plan.programName()) + "_" + slug(scheduleId) + (block == null ? "_year" : "_block-" + block) + ".xlsx";
    }

    private static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "schedule" : slug.substring(0, Math.min(40, slug.length()));
    }
}
