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

import java.time.LocalDate;

/**
 * Who holds in-house call on one night; NULL for an uncovered night. The resident is the id as written: the
 * format lets a schedule name someone who is not a resident, and the rules (not the import) report that.
 */
@Entity
@Table(name = "call_night")
public class CallNight {

    @Id
    @SequenceGenerator(name = "call_night_seq", sequenceName = "call_night_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "call_night_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id")
    private Schedule schedule;
    @Column(name = "night_index")
    private int night;
    @Column(name = "night_date")
    private LocalDate date;
    @Column(name = "resident_ref")
    private String resident;

    protected CallNight() {
    }

    public CallNight(Schedule schedule, int night, LocalDate date, String resident) {
        this.schedule = schedule;
        this.night = night;
        this.date = date;
        this.resident = resident;
    }
}
