package vn.partytrack.review;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import vn.partytrack.organisation.Organisation;

import java.time.Instant;

/**
 * A reviewed record that belongs to one organisation and is edited as a whole (a report, a directive implementation):
 * its id, its organisation, its version (a page open on an older one is told, never overwritten), when it was
 * created and last changed, and whether it is sample data.
 */
@MappedSuperclass
public abstract class UnitSubmission extends Reviewed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private boolean sample;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected UnitSubmission() {
    }

    protected UnitSubmission(Organisation organisation, Instant now) {
        this.organisation = organisation;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Override
    public Organisation organisation() {
        return organisation;
    }

    @Override
    protected void touch(Instant now) {
        updatedAt = now;
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public boolean isSample() { return sample; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
