package org.residency.scheduler.program.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A residency program. The {@code has*} flags record whether the optional lists were present in the imported
 * document, so that an export gives back exactly what came in (absent, or an empty list).
 */
@Entity
public class Program {

    @Id
    @SequenceGenerator(name = "program_seq", sequenceName = "program_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_seq")
    private Long id;

    private String name;
    @Column(name = "start_date")
    private LocalDate start;
    private int blocks;
    @Column(name = "block_days")
    private int blockDays;
    @Column(name = "half_day_hours")
    private BigDecimal halfDayHours;
    @Column(name = "call_night_hours")
    private BigDecimal callNightHours;
    @Column(name = "clinic_capacity")
    private int clinicCapacity;
    @Column(name = "pgy1_per_faculty")
    private Integer pgy1PerFaculty;
    @Column(name = "senior_per_faculty")
    private Integer seniorPerFaculty;
    @Column(name = "has_fixed")
    private boolean hasFixed;
    @Column(name = "has_absences")
    private boolean hasAbsences;
    @Column(name = "has_requests")
    private boolean hasRequests;

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Resident> residents = new ArrayList<>();
    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Faculty> faculty = new ArrayList<>();
    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Rotation> rotations = new ArrayList<>();
    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CurriculumEntry> curriculum = new ArrayList<>();
    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FixedAssignment> fixed = new ArrayList<>();
    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Absence> absences = new ArrayList<>();
    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DayOffRequest> requests = new ArrayList<>();

    protected Program() {
    }

    public Program(String name, LocalDate start, int blocks, int blockDays) {
        this.name = name;
        this.start = start;
        this.blocks = blocks;
        this.blockDays = blockDays;
    }

    public void setHours(BigDecimal halfDay, BigDecimal callNight) {
        this.halfDayHours = halfDay;
        this.callNightHours = callNight;
    }

    public void setClinicCapacity(int clinicCapacity) {
        this.clinicCapacity = clinicCapacity;
    }

    public void setSupervision(Integer pgy1PerFaculty, Integer seniorPerFaculty) {
        this.pgy1PerFaculty = pgy1PerFaculty;
        this.seniorPerFaculty = seniorPerFaculty;
    }

    public void setListsPresent(boolean fixed, boolean absences, boolean requests) {
        this.hasFixed = fixed;
        this.hasAbsences = absences;
        this.hasRequests = requests;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public LocalDate getStart() { return start; }
    public int getBlocks() { return blocks; }
    public int getBlockDays() { return blockDays; }
    public int getDays() { return blocks * blockDays; }
    public BigDecimal getHalfDayHours() { return halfDayHours; }
    public BigDecimal getCallNightHours() { return callNightHours; }
    public int getClinicCapacity() { return clinicCapacity; }
    public Integer getPgy1PerFaculty() { return pgy1PerFaculty; }
    public Integer getSeniorPerFaculty() { return seniorPerFaculty; }
    public boolean hasFixed() { return hasFixed; }
    public boolean hasAbsences() { return hasAbsences; }
    public boolean hasRequests() { return hasRequests; }
    public List<Resident> getResidents() { return residents; }
    public List<Faculty> getFaculty() { return faculty; }
    public List<Rotation> getRotations() { return rotations; }
    public List<CurriculumEntry> getCurriculum() { return curriculum; }
    public List<FixedAssignment> getFixed() { return fixed; }
    public List<Absence> getAbsences() { return absences; }
    public List<DayOffRequest> getRequests() { return requests; }
}
