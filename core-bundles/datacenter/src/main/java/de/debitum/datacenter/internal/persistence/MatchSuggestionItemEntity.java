package de.debitum.datacenter.internal.persistence;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Row of {@code match_suggestion_item}: one allocation a suggestion would make. */
@Entity
@Table(name = "match_suggestion_item")
public class MatchSuggestionItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_suggestion_item_seq")
    @SequenceGenerator(name = "match_suggestion_item_seq", sequenceName = "match_suggestion_item_seq", allocationSize = 50)
    public Long id;
    @Column(name = "suggestion_id")
    public long suggestionId;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "document_id")
    public long documentId;
    @Column(name = "credit_note_id")
    public Long creditNoteId;
    public String kind;
    public BigDecimal amount;
    public String currency;
}
