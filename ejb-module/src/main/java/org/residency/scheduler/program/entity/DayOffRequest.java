package org.residency.scheduler.program.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A soft wish of a person to have one whole day free (kind is always "OFF" in format 1). */
@Entity
@Table(name = "day_off_request")
public class DayOffRequest extends ProgramPart {

    @Id
    @SequenceGenerator(name = "day_off_request_seq", sequenceName = "day_off_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "day_off_request_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;
    @Column(name = "request_date")
    private LocalDate date;
    private String kind;

    protected DayOffRequest() {
    }

    public DayOffRequest(Program program, Person person, LocalDate date, String kind, int position) {
        super(program, position);
        this.person = person;
        this.date = date;
        this.kind = kind;
    }

    public Person getPerson() { return person; }
    public LocalDate getDate() { return date; }
    public String getKind() { return kind; }
}
