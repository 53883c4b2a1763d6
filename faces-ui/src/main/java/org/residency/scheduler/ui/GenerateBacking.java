package org.residency.scheduler.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.residency.scheduler.common.ConflictException;
import org.residency.scheduler.common.InvalidDocumentException;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.engine.SoftGoal;
import org.residency.scheduler.generation.boundary.GenerationRequest;
import org.residency.scheduler.generation.boundary.GenerationService;
import org.residency.scheduler.generation.control.EngineSettings;
import org.residency.scheduler.generation.control.SolveLimits;
import org.residency.scheduler.jobs.boundary.JobService;
import org.residency.scheduler.jobs.entity.Job;
import org.residency.scheduler.jobs.entity.JobKind;
import org.residency.scheduler.jobs.entity.JobState;
import org.residency.scheduler.rules.ValidationReport;
import org.residency.scheduler.schedule.boundary.ScheduleValidationService;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generate page ({@code generate.xhtml}): the options of {@code POST /api/programs/{id}/schedules},
 * the same service starting the job, then ({@code ?job=ID}) its progress, polled by Faces Ajax
 * (js/poll.js), a cancel button, and at the end the new schedule with its rule check.
 * <p>
 * View scoped: the job id is read from {@code ?job=} once, when the view is created, and lives with the view
 * for the polls and the cancel. Not an {@code f:viewParam}: after the first Ajax poll Mojarra (4.0.11, server
 * state serialized) no longer converted the stored parameter on a postback ("The job must be a number."), so
 * validation failed and the cancel button's action never ran. The job itself is read afresh once per request.
 */
@Named
@ViewScoped
public class GenerateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The page's priority selects, one per rank. */
    static final int RANKS = SoftGoal.values().length;

    @Inject
    CurrentProgram program;
    @Inject
    GenerationService generation;
    @Inject
    JobService jobs;
    @Inject
    EngineSettings engine;
    @Inject
    ScheduleValidationService validation;

    private Integer timeLimitSeconds;
    private Long seed;
    private Integer threads;
    private boolean repeatable;
    private String[] priorities;

    private Long jobId;
    /** The job as read in the request {@link #readIn} (a FacesContext lives for one request). */
    private transient Job job;
    private transient FacesContext readIn;
    private transient ValidationReport report;

    @PostConstruct
    void defaults() {
        SolveLimits limits = engine.limits();
        timeLimitSeconds = limits.defaultTimeLimitSeconds();
        threads = limits.threads();
        priorities = SoftGoal.DEFAULT_ORDER.stream().map(SoftGoal::wireName).toArray(String[]::new);
        String job = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("job");
        if (job != null && !job.isBlank()) {
            try {
                jobId = Long.valueOf(job.trim());
            } catch (NumberFormatException e) {
                Messages.error("The job must be a number.");
            }
        }
    }

    public SolveLimits getLimits() {
        return engine.limits();
    }

    public List<String> getGoals() {
        return Arrays.stream(SoftGoal.values()).map(SoftGoal::wireName).toList();
    }

    /** What a soft goal means, for the priority selects. */
    public String goalLabel(String goal) {
        return switch (goal) {
            case "callSpread" -> "Even call (callSpread)";
            case "weekendCallSpread" -> "Even weekend call (weekendCallSpread)";
            case "requestsGranted" -> "Grant day-off requests (requestsGranted)";
            case "clinicSpread" -> "Even clinic (clinicSpread)";
            default -> goal;
        };
    }

    /** Starts the generation and shows its progress (a redirect, so a reload does not start another). */
    public String start() {
        Long programId = program.getId();
        if (programId == null) {
            Messages.error("There is no program to generate for: import one first.");
            return null;
        }
        List<String> optimise = Arrays.stream(priorities).filter(p -> p != null && !p.isBlank()).toList();
        try {
            Job started = generation.generate(programId, new GenerationRequest(timeLimitSeconds, seed, threads, optimise,
                    repeatable));
            return "generate?faces-redirect=true&job=" + started.getId();
        } catch (InvalidDocumentException e) {
            Map<String, String> fields = new HashMap<>(Map.of("timeLimitSeconds", "generate:timeLimit",
                    "threads", "generate:threads", "seed", "generate:seed"));
            // optimise[i] counts the chosen goals only: map it back to the select it came from.
            for (int i = 0, chosen = 0; i < priorities.length; i++) {
                if (priorities[i] != null && !priorities[i].isBlank()) {
                    fields.put("optimise[" + chosen++ + "]", "generate:priority" + i);
                }
            }
            Messages.fieldErrors(e.errors(), fields);
        } catch (ConflictException e) {
            Messages.error("A solver job is already queued or running for this program: " + e.getMessage());
        } catch (ResourceNotFoundException e) {
            Messages.error(e.getMessage());
        }
        return null;
    }

    public void cancel() {
        try {
            jobs.cancel(jobId);
            jobs.interrupt(jobId);
            Messages.info("Cancelling: the solver stops within about a second and keeps the best schedule it has.");
        } catch (ConflictException | ResourceNotFoundException e) {
            Messages.warn(e.getMessage());
        }
        readIn = null;
    }

    /** The Ajax poll's action: nothing to do, the re-render reads the job afresh. */
    public void refresh() {
        readIn = null;
    }

    public Job getJob() {
        FacesContext now = FacesContext.getCurrentInstance();
        if (readIn != now) {
            readIn = now;
            report = null;
            job = jobId == null ? null : jobs.find(jobId).filter(j -> j.getKind() == JobKind.GENERATE_SCHEDULE).orElse(null);
        }
        return job;
    }

    /** For the page: a job parameter that names no generation job. */
    public boolean isUnknownJob() {
        return jobId != null && getJob() == null;
    }

    public boolean isRunning() {
        return getJob() != null && !getJob().getState().isFinal();
    }

    public int getPercent() {
        Job j = getJob();
        if (j == null) return 0;
        return j.getState().isFinal() ? 100 : Math.max(0, Math.min(100, j.getProgress()));
    }

    public String getElapsed() {
        Job j = getJob();
        if (j == null || j.getStartedAt() == null) {
            return "not started";
        }
        OffsetDateTime end = j.getFinishedAt() != null ? j.getFinishedAt() : OffsetDateTime.now(ZoneOffset.UTC);
        long seconds = Math.max(0, Duration.between(j.getStartedAt(), end).toSeconds());
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    public String getStateClass() {
        Job j = getJob();
        if (j == null) return "";
        return switch (j.getState()) {
            case SUCCEEDED -> "done";
            case FAILED, CANCELLED -> j.getProducedSchedule() != null ? "done" : "failed";
            default -> "";
        };
    }

    /** The rule check of the schedule the job produced, once there is one. */
    public ValidationReport getReport() {
        Job j = getJob();
        if (report == null && j != null && j.getState().isFinal() && j.getProducedSchedule() != null) {
            report = validation.validate(j.getProgramId(), j.getProducedSchedule());
        }
        return report;
    }

    public List<Map.Entry<String, Integer>> getBrokenRules() {
        ValidationReport r = getReport();
        return r == null ? List.of() : new ArrayList<>(r.counts().entrySet().stream().filter(e -> e.getValue() > 0).toList());
    }

    public boolean isFinished() {
        return getJob() != null && getJob().getState() == JobState.SUCCEEDED;
    }

    public Integer getTimeLimitSeconds() { return timeLimitSeconds; }
    public void setTimeLimitSeconds(Integer timeLimitSeconds) { this.timeLimitSeconds = timeLimitSeconds; }
    public Long getSeed() { return seed; }
    public void setSeed(Long seed) { this.seed = seed; }
    public Integer getThreads() { return threads; }
    public void setThreads(Integer threads) { this.threads = threads; }
    public boolean isRepeatable() { return repeatable; }
    public void setRepeatable(boolean repeatable) { this.repeatable = repeatable; }
    public String[] getPriorities() { return priorities; }
    public Long getJobId() { return jobId; }
}
