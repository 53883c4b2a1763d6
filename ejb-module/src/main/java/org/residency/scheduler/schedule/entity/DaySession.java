package org.residency.scheduler.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.residency.scheduler.program.entity.Person;

import java.time.LocalDate;

/**
 * One person's two sessions on one day of a schedule (codes R C P O A). The bulk table: 150 people x 364 days
 * per schedule, so ids come 1000 at a time and inserts go through EclipseLink batch writing.
 */
@Entity
@Table(name = "day_session")
public class DaySession {

    @Id
    @SequenceGenerator(name = "day_session_seq", sequenceName = "day_session_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "day_session_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id")
    private Schedule schedule;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;
    @Column(name = "day_index")
    private int day;
    @Column(name = "day_date")
    private LocalDate date;
    @Column(name = "am_code")
    private String am;
    @Column(name = "pm_code")
    private String pm;

    protected DaySession() {
    }

    public DaySession(Schedule schedule, Person person, int day, LocalDate date, String codes) {
        this.schedule = schedule;
        this.person = person;
        this.day = day;
        this.date = date;
        this.am = codes.substring(0, 1);
        this.pm = codes.substring(1, 2);
    }
}
