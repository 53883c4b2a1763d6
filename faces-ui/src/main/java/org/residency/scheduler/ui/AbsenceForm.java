package org.residency.scheduler.ui;

import org.residency.scheduler.absences.boundary.NewAbsenceRequest;

import java.io.Serializable;

import static org.residency.scheduler.common.Text.blankToNull;

/** What the request form holds between its fields and the service: text as typed, checked by the service. */
public class AbsenceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String person;
    private String start;
    private String end;
    private String kind = "VACATION";
    private String note;

    /** Only staff choose the person; for residents and faculty the service takes their own. */
    NewAbsenceRequest toRequest(boolean staff) {
        return new NewAbsenceRequest(staff ? blankToNull(person) : null, blankToNull(start), blankToNull(end),
                blankToNull(kind), blankToNull(note));
    }

    void clear() {
        start = null;
        end = null;
        note = null;
    }

    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
