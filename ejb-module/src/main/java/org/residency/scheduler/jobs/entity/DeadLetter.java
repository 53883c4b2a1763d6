package org.residency.scheduler.jobs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A message the broker gave up delivering, kept for operators to inspect. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String destination;

    private String body;

    private String reason;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    protected DeadLetter() {
    }

    public DeadLetter(String destination, String body, String reason) {
        this.destination = destination;
        this.body = body;
        this.reason = reason;
        this.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() { return id; }
    public String getDestination() { return destination; }
    public String getBody() { return body; }
    public String getReason() { return reason; }
    public OffsetDateTime getReceivedAt() { return receivedAt; }
}
