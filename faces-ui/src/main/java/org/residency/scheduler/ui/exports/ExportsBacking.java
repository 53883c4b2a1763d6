package org.residency.scheduler.ui.exports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.export.boundary.CalendarFeedService;
import org.residency.scheduler.export.boundary.CalendarFeedStatus;
import org.residency.scheduler.export.boundary.IssuedFeed;
import org.residency.scheduler.export.boundary.ScheduleExports;
import org.residency.scheduler.export.control.FeedToken;
import org.residency.scheduler.export.control.SchedulePlan;
import org.residency.scheduler.export.control.ScheduleWorkbook;
import org.residency.scheduler.export.control.WorkbookFile;
import org.residency.scheduler.format.ProgramDocument;
import org.residency.scheduler.program.boundary.ProgramService;
import org.residency.scheduler.ui.CurrentProgram;
import org.residency.scheduler.ui.CurrentUser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exports page ({@code exports.xhtml}): a person's calendar feed (issue, re-issue, revoke; the URL
 * is shown once, when issued) and the Excel workbook of a block or the year. Residents and faculty
 * manage their own feed and export the schedule everyone sees; coordinators and admins choose any
 * person and any schedule. Every action checks again what the page offers.
 */
@Named
@RequestScoped
public class ExportsBacking {

    @Inject
    CurrentProgram program;
    @Inject
    CurrentUser user;
    @Inject
    CalendarFeedService feeds;
    @Inject
    ScheduleExports exports;
    @Inject
    ProgramService programs;

    private String personId;
    private String scheduleId;
    private String block = "";
    private String issuedUrl;
    private ProgramDocument document;

    // ---- calendar feed

    /** The people whose feed this user may manage: everyone for managers, else their own person. */
    public List<SelectItem> getPeople() {
        List<SelectItem> items = new ArrayList<>();
        ProgramDocument doc = document();
        if (doc == null) {
            return items;
        }
        for (ProgramDocument.Resident r : doc.residents()) {
            if (mayManage(r.id())) {
                items.add(new SelectItem(r.id(), label(r.name(), r.id()) + " - PGY-" + r.pgy()));
            }
        }
        for (ProgramDocument.Faculty f : doc.faculty()) {
            if (mayManage(f.id())) {
                items.add(new SelectItem(f.id(), label(f.name(), f.id()) + " - faculty"));
            }
        }
        return items;
    }

    public String getPersonId() {
        if (personId == null) {
            List<SelectItem> people = getPeople();
            String own = ownPerson().orElse(null);
            personId = own != null ? own : people.isEmpty() ? null : (String) people.get(0).getValue();
        }
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId == null || personId.isBlank() ? null : personId;
    }

    public CalendarFeedStatus getFeed() {
        String person = getPersonId();
        if (person == null || program.getId() == null || !mayManage(person)) {
            return null;
        }
        try {
            return feeds.status(program.getId(), person).orElse(null);
        } catch (ResourceNotFoundException e) {
            return null;
        }
    }

    /** When the feed was issued, to the minute, in UTC. */
    public String getIssuedWhen() {
        CalendarFeedStatus feed = getFeed();
        return feed == null ? null : java.time.OffsetDateTime.parse(feed.issuedAt()).withOffsetSameInstant(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    }

    public String issue() {
        String person = getPersonId();
        if (!checkMayManage(person)) {
            return null;
        }
        boolean again = getFeed() != null;
        try {
            IssuedFeed issued = feeds.issue(program.getId(), person, user.getUsername());
            issuedUrl = feedUrl(issued.token());
            info(again ? "A new calendar feed URL is issued; the previous one no longer works. Copy it now:"
                    + " it is shown only once." : "Calendar feed URL issued. Copy it now: it is shown only once.");
        } catch (ResourceNotFoundException e) {
            error(e.getMessage());
        }
        return null;
    }

    public String revoke() {
        String person = getPersonId();
        if (!checkMayManage(person)) {
            return null;
        }
        try {
            feeds.revoke(program.getId(), person);
            info("The calendar feed of " + person + " is revoked: calendar apps can no longer read it.");
        } catch (ResourceNotFoundException e) {
            error("There is no calendar feed to revoke.");
        }
        return null;
    }

    /** The URL just issued (this response only), else null. */
    public String getIssuedUrl() {
        return issuedUrl;
    }

    // ---- Excel

    public List<SelectItem> getSchedules() {
        Long id = program.getId();
        if (id == null) {
            return List.of();
        }
        if (user.isManager()) {
            return exports.schedules(id).stream()
                    .map(s -> new SelectItem(s.key(), s.key() + " (" + s.status().toLowerCase(java.util.Locale.ROOT)
                            + ", changed " + s.updated().toLocalDate() + ")")).toList();
        }
        return exports.forPeople(id).map(s -> List.of(new SelectItem(s.key(), s.key()))).orElse(List.of());
    }

    public String getScheduleId() {
        if (scheduleId == null) {
            List<SelectItem> all = getSchedules();
            Optional<String> ofRecord = program.getId() == null ? Optional.empty()
                    : exports.ofRecord(program.getId(), user.isManager()).map(ScheduleExports.ScheduleRef::key);
            scheduleId = ofRecord.orElse(all.isEmpty() ? null : (String) all.get(0).getValue());
        }
        return scheduleId;
    }

    public void setScheduleId(String scheduleId) {
        this.scheduleId = scheduleId == null || scheduleId.isBlank() ? null : scheduleId;
    }

    public List<SelectItem> getBlocks() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", "The whole year"));
        ProgramDocument doc = document();
        for (int b = 1; doc != null && b <= doc.blocks(); b++) {
            items.add(new SelectItem(String.valueOf(b), "Block " + b));
        }
        return items;
    }

    public String getBlock() {
        return block;
    }

    public void setBlock(String block) {
        this.block = block == null ? "" : block;
    }

    public void downloadExcel() throws IOException {
        String schedule = getScheduleId();
        boolean allowed = schedule != null && getSchedules().stream().anyMatch(s -> schedule.equals(s.getValue()));
        if (!allowed) {
            error(schedule == null ? "There is no schedule to export yet." : "You may not export schedule " + schedule + ".");
            return;
        }
        SchedulePlan plan;
        try {
            plan = exports.plan(program.getId(), schedule, user.isManager());
        } catch (ResourceNotFoundException e) {
            error(e.getMessage());
            return;
        }
        Integer number = null;
        if (!block.isBlank()) {
            try {
                number = Integer.valueOf(block);
            } catch (NumberFormatException e) {
                number = -1;
            }
            if (number < 1 || number > plan.blocks()) {
                error("Choose a block from 1 to " + plan.blocks() + ", or the whole year.");
                return;
            }
        }
        Integer chosen = number;
        ScheduleWorkbook workbook = new ScheduleWorkbook(plan, schedule);
        Downloads.send(WorkbookFile.MEDIA_TYPE, WorkbookFile.name(plan, schedule, chosen), out -> {
            if (chosen == null) {
                workbook.writeYear(out);
            } else {
                workbook.writeBlock(chosen, out);
            }
        });
    }

    // ----

    private ProgramDocument document() {
        if (document == null && program.getId() != null) {
            document = programs.export(program.getId());
        }
        return document;
    }

    private Optional<String> ownPerson() {
        Long own = user.getProgramId();
        return own != null && own.equals(program.getId()) ? Optional.ofNullable(user.getPersonId()) : Optional.empty();
    }

    private boolean mayManage(String person) {
        return program.getId() != null && feeds.mayManage(user.getUsername(), user.isManager(), program.getId(), person);
    }

    private boolean checkMayManage(String person) {
        if (person == null || !mayManage(person)) {
            error("You may manage only your own calendar feed.");
            return false;
        }
        return true;
    }

    private static String feedUrl(String token) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String scheme = external.getRequestScheme();
        int port = external.getRequestServerPort();
        boolean defaultPort = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + external.getRequestContextPath() + "/api/" + FeedToken.apiPath(token);
    }

    private static String label(String name, String id) {
        return name == null || name.isBlank() ? id : name + " (" + id + ")";
    }

    private static void info(String text) {
        Downloads.message(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO, text);
    }

    private static void error(String text) {
        Downloads.message(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_ERROR, text);
    }
}
