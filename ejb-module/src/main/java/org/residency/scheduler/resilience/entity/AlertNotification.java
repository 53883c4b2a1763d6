package org.residency.scheduler.resilience.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.residency.scheduler.resilience.analysis.AlertMessage;

import java.time.OffsetDateTime;

/** An alert raised once (unique key) and its delivery: PENDING until every channel took it, FAILED after the last attempt. */
@Entity
@Table(name = "alert_notification")
public class AlertNotification {

    public enum State { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "alert_key", nullable = false, unique = true)
    private String key;
    @Column(name = "program_id", nullable = false)
    private long programId;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    private int attempts;
    @Column(name = "sent_at")
    private OffsetDateTime sentAt;
    private String error;

    protected AlertNotification() {
    }

    public AlertNotification(AlertMessage message, OffsetDateTime at) {
        this.key = message.key();
        this.programId = message.programId();
        this.subject = message.subject();
        this.body = message.text();
        this.createdAt = at;
        this.state = State.PENDING;
    }

    public AlertMessage message() {
        return new AlertMessage(key, programId, subject, body);
    }

    public void sent(OffsetDateTime at) {
        attempts++;
        state = State.SENT;
        sentAt = at;
        error = null;
    }

    public void failed(String why, int maxAttempts) {
        attempts++;
        error = why;
        state = attempts >= maxAttempts ? State.FAILED : State.PENDING;
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public State getState() { return state; }
    public int getAttempts() { return attempts; }
    public String getError() { return error; }
    public String getSubject() { return subject; }
}
