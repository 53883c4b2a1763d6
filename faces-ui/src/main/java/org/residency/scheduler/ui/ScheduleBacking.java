package org.residency.scheduler.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.rules.ValidationReport;
import org.residency.scheduler.rules.Violation;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.boundary.ScheduleSummary;
import org.residency.scheduler.schedule.boundary.ScheduleValidationService;
import org.residency.scheduler.ui.grid.GridFilter;
import org.residency.scheduler.ui.grid.ScheduleGrid;
import org.residency.scheduler.ui.grid.ViolationIndex;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The schedule page ({@code schedule.xhtml}): one schedule of the current program as a people x days grid
 * of one block (default) or the whole year ({@code year=true}), or as residents x blocks
 * ({@code view=blocks}); filters by PGY, person and rotation; every hard-rule violation in place.
 */
@Named
@RequestScoped
public class ScheduleBacking {

    /** The list under the grid stops here; the counts table still counts everything. */
    static final int LISTED_VIOLATIONS = 200;

    @Inject
    CurrentProgram currentProgram;
    @Inject
    CurrentSchedule currentSchedule;
    @Inject
    CurrentUser user;
    @Inject
    ProgramService programs;
    @Inject
    ScheduleService schedules;
    @Inject
    ScheduleValidationService validation;

    private String schedule;
    private Integer block;
    private boolean year;
    private String view;
    private Integer pgy;
    private String person;
    private String rotation;

    private ProgramDocument program;
    private ValidationReport report;
    private ScheduleGrid grid;
    private String status;
    private String refused;
    private long renderNanos;

    /** The current program's document, also on a postback (the filter selects validate against it). */
    private ProgramDocument program() {
        if (program == null && currentProgram.getId() != null) {
            program = programs.export(currentProgram.getId());
        }
        return program;
    }

    public void load() {
        Long programId = currentProgram.getId();
        if (programId == null) {
            return;
        }
        if (schedule == null || schedule.isBlank()) {
            schedule = currentSchedule.getKey();
        }
        if (schedule == null) {
            return;
        }
        try {
            // Residents and faculty see the published schedule only: a named draft is refused like a missing one.
            schedules.requireVisible(programId, schedule, user.isManager());
        } catch (ResourceNotFoundException e) {
            refused = user.isManager() ? "There is no schedule " + schedule + " in this program."
                    : "There is no published schedule " + schedule + " in this program: only the published schedule"
                    + " is shown to residents and faculty.";
            schedule = null;
            return;
        }
        try {
            program();
            status = schedules.entity(programId, schedule).getStatus().name();
            ScheduleDocument document = schedules.document(programId, schedule);
            report = validation.validate(programId, schedule);
            grid = new ScheduleGrid(program, document, new ViolationIndex(LocalDate.parse(program.start()),
                    program.blocks() * program.blockDays(), report.violations()));
        } catch (ResourceNotFoundException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    "There is no schedule " + schedule + " in this program.", null));
            grid = null;
            return;
        }
        if (block == null || block < 1 || block > program.blocks()) {
            if (block != null) {
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                        "There is no block " + block + "; the program has blocks 1 to " + program.blocks() + ".", null));
            }
            block = todaysBlock();
        }
    }

    private int todaysBlock() {
        long day = ChronoUnit.DAYS.between(LocalDate.parse(program.start()), LocalDate.now(ZoneOffset.UTC));
        int b = (int) (day / program.blockDays()) + 1;
        return day < 0 || b > program.blocks() ? 1 : b;
    }

    public boolean isReady() {
        return grid != null;
    }

    /** Why there is no grid: a refused or unknown {@code ?schedule=}, else why there is no schedule of record. */
    public String getMissing() {
        return refused != null ? refused : currentSchedule.getMissing();
    }

    /** The shown schedule's status (DRAFT, PUBLISHED, ARCHIVED), for the badge beside the heading. */
    public String getStatus() {
        return status;
    }

    /**
     * Where a cell's edit link starts ({@code edit.xhtml?program=..&schedule=..}) for coordinators and admins
     * on a schedule that can change; null otherwise (residents, faculty, archived schedules): no links.
     */
    private String editBase() {
        if (!user.isManager() || "ARCHIVED".equals(status)) {
            return null;
        }
        return "edit.xhtml?program=" + currentProgram.getId() + "&schedule="
                + java.net.URLEncoder.encode(schedule, java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean isBlockView() {
        return "blocks".equals(view);
    }

    /** The grid's HTML (escaped where it holds data), timed for the page's footnote. */
    public String getGridHtml() {
        long started = System.nanoTime();
        GridFilter filter = new GridFilter(pgy, blank(person), blank(rotation));
        String html = isBlockView() ? grid.blocks(filter)
                : year ? grid.days(1, program.blocks(), filter, editBase()) : grid.days(block, block, filter, editBase());
        renderNanos = System.nanoTime() - started;
        return html;
    }

    public String getHeading() {
        if (isBlockView()) {
            return "Rotations by block";
        }
        return year ? "The whole year" : getBlocks().get(block - 1).getLabel();
    }

    public long getRenderMillis() {
        return renderNanos / 1_000_000;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public List<ScheduleSummary> getSchedules() {
        Long programId = currentProgram.getId();
        return programId == null ? List.of() : schedules.list(programId, user.isManager());
    }

    /** "2026-11-27 08:03 generate (1a2b3c4d)": when, how it was made, and the start of its id. */
    public String scheduleLabel(ScheduleSummary s) {
        String when = s.created().length() >= 16 ? s.created().substring(0, 16).replace('T', ' ') : s.created();
        String id = s.id().length() > 8 ? s.id().substring(0, 8) : s.id();
        return when + (s.run() == null ? "" : " " + s.run().toLowerCase(java.util.Locale.ROOT)) + " (" + id + ")";
    }

    public List<BlockOption> getBlocks() {
        List<BlockOption> all = new ArrayList<>();
        ProgramDocument program = program();
        if (program == null) {
            return all;
        }
        LocalDate start = LocalDate.parse(program.start());
        for (int b = 1; b <= program.blocks(); b++) {
            LocalDate first = start.plusDays((long) (b - 1) * program.blockDays());
            all.add(new BlockOption(b, first, first.plusDays(program.blockDays() - 1L)));
        }
        return all;
    }

    public record BlockOption(int number, LocalDate first, LocalDate last) {
        public String getLabel() {
            return "Block " + number + " (" + first + " to " + last + ")";
        }
    }

    public ProgramDocument getProgram() {
        return program();
    }

    public ValidationReport getReport() {
        return report;
    }

    /** Rules with at least one violation, and how many. */
    public List<Map.Entry<String, Integer>> getBrokenRules() {
        return report.counts().entrySet().stream().filter(e -> e.getValue() > 0).toList();
    }

    public List<ViolationLine> getViolations() {
        return report.violations().stream().limit(LISTED_VIOLATIONS).map(ViolationLine::new).toList();
    }

    /** One violation as the list under the grid shows it. */
    public record ViolationLine(Violation violation) {
        public String getWhen() {
            return violation.firstDate() == null ? "" : violation.firstDate().equals(violation.lastDate())
                    ? violation.firstDate() : violation.firstDate() + " to " + violation.lastDate();
        }
    }

    public int getViolationCount() {
        return report.violations().size();
    }

    public String getSchedule() { return schedule; }
    public void setSchedule(String schedule) { this.schedule = schedule; }
    public Integer getBlock() { return block; }
    public void setBlock(Integer block) { this.block = block; }
    public boolean isYear() { return year; }
    public void setYear(boolean year) { this.year = year; }
    public String getView() { return view; }
    public void setView(String view) { this.view = view; }
    public Integer getPgy() { return pgy; }
    public void setPgy(Integer pgy) { this.pgy = pgy; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getRotation() { return rotation; }
    public void setRotation(String rotation) { this.rotation = rotation; }
}
