package org.residency.scheduler.export.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import org.residency.scheduler.common.ResourceNotFoundException;
import org.residency.scheduler.export.control.CalendarSettings;
import org.residency.scheduler.export.control.FeedToken;
import org.residency.scheduler.export.control.PersonCalendar;
import org.residency.scheduler.export.control.SchedulePlan;
import org.residency.scheduler.export.entity.CalendarFeed;
import org.residency.scheduler.program.entity.Person;
import org.residency.scheduler.security.boundary.AccountService;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Calendar feeds: one secret URL per person for calendar apps that cannot sign in. Issuing (again)
 * makes a new token and stores its hash, so an earlier URL stops working; revoking deletes it. Who may
 * manage whose feed is {@link #mayManage}, which the REST resource and the page ask before anything else.
 */
@Stateless
public class CalendarFeedService {

    @PersistenceContext(unitName = "residency")
    EntityManager em;
    @Inject
    ScheduleExports exports;
    @Inject
    ExportSettings settings;
    @Inject
    AccountService accounts;

    /**
     * Who may see, issue and revoke a person's feed: coordinators and admins anyone's, everybody else
     * only the feed of the person their account is linked to.
     */
    public boolean mayManage(String username, boolean manager, long programId, String personId) {
        return manager || accounts.byName(username)
                .filter(a -> a.programId() != null && a.programId() == programId && personId.equals(a.personId()))
                .isPresent();
    }

    public Optional<CalendarFeedStatus> status(long programId, String personId) {
        return feed(person(programId, personId)).map(CalendarFeedService::status);
    }

    public IssuedFeed issue(long programId, String personId, String issuedBy) {
        Person person = person(programId, personId);
        String token = FeedToken.newToken();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CalendarFeed feed = feed(person).orElse(null);
        if (feed == null) {
            feed = new CalendarFeed(person, FeedToken.hash(token), now, issuedBy);
            em.persist(feed);
        } else {
            feed.reissue(FeedToken.hash(token), now, issuedBy);
        }
        em.flush(); // a concurrent first issue for the same person fails here on the unique person (409)
        return new IssuedFeed(token, status(feed));
    }

    /** @throws ResourceNotFoundException when the person has no feed */
    public void revoke(long programId, String personId) {
        Person person = person(programId, personId);
        em.remove(feed(person).orElseThrow(() -> new ResourceNotFoundException(
                "no calendar feed for " + personId + " in program " + programId)));
    }

    /**
     * The iCalendar text of the feed with this token; empty for a token that is malformed, unknown or
     * revoked. The events are the published schedule's; with none published, a calendar without events.
     */
    public Optional<String> calendar(String token) {
        if (!FeedToken.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(CalendarFeed.BY_HASH, CalendarFeed.class)
                .setParameter("hash", FeedToken.hash(token)).getResultStream().findFirst()
                .map(feed -> text(calendarOf(feed.getPerson())));
    }

    private Calendar calendarOf(Person person) {
        long programId = person.getProgram().getId();
        CalendarSettings calendar = settings.calendar();
        String title = (person.getName() == null ? person.getExternalId() : person.getName());
        Optional<ScheduleExports.ScheduleRef> schedule = exports.forPeople(programId);
        if (schedule.isEmpty()) {
            return PersonCalendar.empty(title, calendar);
        }
        SchedulePlan plan = exports.plan(programId, schedule.get().key(), false);
        return plan.person(person.getExternalId())
                .map(p -> new PersonCalendar(plan, programId, calendar, schedule.get().updated().toInstant()).build(p))
                .orElseGet(() -> PersonCalendar.empty(title, calendar));
    }

    private static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Optional<CalendarFeed> feed(Person person) {
        return em.createNamedQuery(CalendarFeed.BY_PERSON, CalendarFeed.class).setParameter("person", person)
                .getResultStream().findFirst();
    }

    private Person person(long programId, String personId) {
        return em.createQuery("SELECT p FROM Person p WHERE p.program.id = :program AND p.externalId = :id", Person.class)
                .setParameter("program", programId).setParameter("id", personId).getResultStream().findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("no person " + personId + " in program " + programId));
    }

    private static CalendarFeedStatus status(CalendarFeed feed) {
        return new CalendarFeedStatus(feed.getPerson().getProgram().getId(), feed.getPerson().getExternalId(),
                feed.getIssuedAt().toString(), feed.getIssuedBy());
    }
}
