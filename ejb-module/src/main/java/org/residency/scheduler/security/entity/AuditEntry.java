package org.residency.scheduler.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One change made through the application: who, when, what, and the representation before and after. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private OffsetDateTime at;

    private String username;

    @Column(nullable = false)
    private String method;

    @Column(nullable = false)
    private String path;

    @Column(nullable = false)
    private String entity;

    private int status;

    private String location;

    @Column(name = "before_json")
    private String before;

    @Column(name = "after_json")
    private String after;

    protected AuditEntry() {
    }

    public AuditEntry(String username, String method, String path, String entity, int status) {
        this.at = OffsetDateTime.now(ZoneOffset.UTC);
        this.username = username;
        this.method = method;
        this.path = path;
        this.entity = entity;
        this.status = status;
    }

    public AuditEntry withImages(String location, String before, String after) {
        this.location = location;
        this.before = before;
        this.after = after;
        return this;
    }

    public Long getId() { return id; }
    public OffsetDateTime getAt() { return at; }
    public String getUsername() { return username; }
    public String getMethod() { return method; }
    public String getPath() { return path; }
    public String getEntity() { return entity; }
    public int getStatus() { return status; }
    public String getLocation() { return location; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
}
