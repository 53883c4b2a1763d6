package org.residency.scheduler.export.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.residency.scheduler.program.entity.Person;

import java.time.OffsetDateTime;

/**
 * The calendar feed of one person: the SHA-256 of its secret token (never the token itself), who issued
 * it and when. One per person; issuing again replaces the hash, so the previous URL stops working.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = CalendarFeed.BY_PERSON, query = "select f from CalendarFeed f where f.person = :person")
@NamedQuery(name = CalendarFeed.BY_HASH, query = "select f from CalendarFeed f join fetch f.person where f.tokenHash = :hash")
public class CalendarFeed {

    public static final String BY_PERSON = "CalendarFeed.byPerson";
    public static final String BY_HASH = "CalendarFeed.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    protected CalendarFeed() {
    }

    public CalendarFeed(Person person, String tokenHash, OffsetDateTime issuedAt, String issuedBy) {
        this.person = person;
        reissue(tokenHash, issuedAt, issuedBy);
    }

    public final void reissue(String newHash, OffsetDateTime when, String who) {
        this.tokenHash = newHash;
        this.issuedAt = when;
        this.issuedBy = who;
    }

    public Long getId() { return id; }
    public Person getPerson() { return person; }
    public String getTokenHash() { return tokenHash; }
    public OffsetDateTime getIssuedAt() { return issuedAt; }
    public String getIssuedBy() { return issuedBy; }
}
