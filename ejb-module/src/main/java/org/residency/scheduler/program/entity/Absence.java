package org.residency.scheduler.program.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import java.time.LocalDate;

/** A person is away from start to end, both inclusive; kind is free text (vacation, sick, ...). */
@Entity
public class Absence extends ProgramPart {

    @Id
    @SequenceGenerator(name = "absence_seq", sequenceName = "absence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;
    @Column(name = "start_date")
    private LocalDate start;
    @Column(name = "end_date")
    private LocalDate end;
    private String kind;

    protected Absence() {
    }

    public Absence(Program program, Person person, int position) {
        super(program, position);
        this.person = person;
    }

    public void span(LocalDate start, LocalDate end, String kind) {
        this.start = start;
        this.end = end;
        this.kind = kind;
    }

    public Long getId() { return id; }
    public Person getPerson() { return person; }
    public void setPerson(Person person) { this.person = person; }
    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }
    public String getKind() { return kind; }
}
