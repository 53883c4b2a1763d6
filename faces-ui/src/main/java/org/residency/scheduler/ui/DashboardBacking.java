package org.residency.scheduler.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.format.ScheduleDocument;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.program.boundary.ProgramSummary;
import org.residency.scheduler.resilience.analysis.UtilizationThresholds;
import org.residency.scheduler.resilience.analysis.WeekUtilization;
import org.residency.scheduler.resilience.boundary.ResilienceService;
import org.residency.scheduler.resilience.boundary.ResilienceView;
import org.residency.scheduler.resilience.control.ResilienceSettings;
import org.residency.scheduler.rules.ValidationReport;
import org.residency.scheduler.schedule.boundary.ScheduleService;
import org.residency.scheduler.schedule.boundary.ScheduleValidationService;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard ({@code dashboard.xhtml}): every program's defense level, and for the current program its
 * utilization by week, the open violations of its schedule of record ({@link CurrentSchedule}), the next call
 * nights and the day-off requests still ahead; the requests waiting come from {@link PendingRequests}.
 */
@Named
@RequestScoped
public class DashboardBacking {

    /** How many nights "next call nights" lists. */
    static final int NEXT_NIGHTS = 7;
    /** Programs whose level the table computes (each is a year's utilization): the current one and the first others. */
    static final int LEVELS = 8;
    /** How many upcoming requests are listed. */
    static final int REQUESTS = 10;

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
    @Inject
    ResilienceService resilience;
    @Inject
    ResilienceSettings settings;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private ProgramDocument program;
    private ScheduleDocument schedule;
    private ResilienceView view;
    private ValidationReport report;
    private boolean loaded;

    /** One line of the programs table. */
    public record ProgramLevel(ProgramSummary program, String level, String response, boolean scheduled) {
    }

    public List<ProgramLevel> getLevels() {
        List<ProgramLevel> all = new ArrayList<>();
        Long current = currentProgram.getId();
        List<ProgramSummary> shown = java.util.stream.Stream.concat(
                currentProgram.getPrograms().stream().filter(p -> java.util.Objects.equals(p.id(), current)),
                currentProgram.getPrograms().stream().filter(p -> !java.util.Objects.equals(p.id(), current)))
                .limit(LEVELS).toList();
        for (ProgramSummary p : shown) {
            Optional<ResilienceView> v = java.util.Objects.equals(p.id(), currentProgram.getId()) ? Optional.ofNullable(getView()) : view(p.id());
            all.add(new ProgramLevel(p, v.map(x -> x.level().name()).orElse(null),
                    v.map(x -> x.level().response()).orElse(user.isManager() ? "No schedule yet." : "No schedule published yet."),
                    v.isPresent()));
        }
        return all;
    }

    /** Programs left out of the levels table. */
    public int getMorePrograms() {
        return Math.max(0, currentProgram.getPrograms().size() - LEVELS);
    }

    private Optional<ResilienceView> view(long programId) {
        // The current program's schedule of record is known already; the others' are found by the same rule.
        boolean current = java.util.Objects.equals(programId, currentProgram.getId());
        if (current && currentSchedule.getKey() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(resilience.view(programId, current ? currentSchedule.getKey() : null, today,
                    user.isManager()));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Long programId = currentProgram.getId();
        String key = currentSchedule.getKey();
        if (programId == null || key == null) {
            return;
        }
        program = programs.export(programId);
        schedule = schedules.document(programId, key);
        view = view(programId).orElse(null);
        report = validation.validate(programId, key);
    }

    public boolean isReady() {
        load();
        return schedule != null && view != null;
    }

    public ResilienceView getView() {
        load();
        return view;
    }

    public ValidationReport getReport() {
        load();
        return report;
    }

    public String getScheduleId() {
        return currentSchedule.getKey();
    }

    /** A week's bar: height in percent of the chart (100% utilization at the top), its level's colour. */
    public record Bar(WeekUtilization week, int height, String level, boolean current) {
        public String getLabel() {
            return "Week of " + week.first() + " (block " + week.block() + "): " + Math.round(week.rate() * 100)
                    + "% utilization";
        }
    }

    public List<Bar> getBars() {
        UtilizationThresholds thresholds = settings.thresholds();
        return getView().weeks().stream().map(w -> new Bar(w, (int) Math.round(Math.min(1.0, w.rate()) * 100),
                thresholds.levelOf(w.rate()).name(), w.contains(today))).toList();
    }

    /** The threshold lines of the chart, in percent. */
    public UtilizationThresholds getThresholds() {
        return settings.thresholds();
    }

    public long percent(double rate) {
        return Math.round(rate * 100);
    }

    public List<Map.Entry<String, Integer>> getBrokenRules() {
        return getReport().counts().entrySet().stream().filter(e -> e.getValue() > 0).toList();
    }

    /** One call night. */
    public record CallNight(LocalDate date, String residentId, String name, boolean mine) {
    }

    /** The next nights from today (or from the year's first night before it starts); none after it ends. */
    public List<CallNight> getNextCalls() {
        load();
        LocalDate start = LocalDate.parse(program.start());
        int from = (int) Math.max(0, ChronoUnit.DAYS.between(start, today));
        Map<String, String> names = names();
        List<CallNight> nights = new ArrayList<>();
        List<String> call = schedule.call() == null ? List.of() : schedule.call();
        for (int d = from; d < call.size() && nights.size() < NEXT_NIGHTS; d++) {
            String resident = call.get(d);
            nights.add(new CallNight(start.plusDays(d), resident, resident == null ? "uncovered" : names.getOrDefault(resident, resident),
                    resident != null && resident.equals(user.getPersonId())));
        }
        return nights;
    }

    /** One day-off request ahead, and whether the schedule grants it (the day is free, no call that night or before). */
    public record DayOff(LocalDate date, String personId, String name, boolean granted) {
    }

    public List<DayOff> getRequests() {
        load();
        LocalDate start = LocalDate.parse(program.start());
        Map<String, String> names = names();
        List<DayOff> ahead = new ArrayList<>();
        List<ProgramDocument.Request> requests = program.requests() == null ? List.of() : program.requests();
        requests.stream().filter(r -> r.date() != null && !LocalDate.parse(r.date()).isBefore(today))
                .filter(r -> user.isManager() || r.person().equals(user.getPersonId()))
                .sorted((a, b) -> a.date().compareTo(b.date())).limit(REQUESTS).forEach(r -> {
                    int day = (int) ChronoUnit.DAYS.between(start, LocalDate.parse(r.date()));
                    ahead.add(new DayOff(LocalDate.parse(r.date()), r.person(), names.getOrDefault(r.person(), r.person()),
                            free(r.person(), day)));
                });
        return ahead;
    }

    private boolean free(String person, int day) {
        List<String> days = schedule.days() == null ? null : schedule.days().get(person);
        List<String> call = schedule.call() == null ? List.of() : schedule.call();
        if (days == null || day < 0 || day >= days.size()) {
            return false;
        }
        String codes = days.get(day);
        boolean off = "OO".equals(codes) || "AA".equals(codes);
        boolean callTonight = day < call.size() && person.equals(call.get(day));
        boolean callBefore = day > 0 && day - 1 < call.size() && person.equals(call.get(day - 1));
        return off && !callTonight && !callBefore;
    }

    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        program.residents().forEach(r -> names.put(r.id(), r.name()));
        program.faculty().forEach(f -> names.put(f.id(), f.name()));
        return names;
    }

    public LocalDate getToday() {
        return today;
    }
}
