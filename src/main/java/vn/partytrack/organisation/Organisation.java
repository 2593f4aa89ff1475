package vn.partytrack.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A Party organisation at any level: the superior committee, a grassroots organisation or a subordinate cell. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id")
    private OrganisationType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bloc_id")
    private Bloc bloc;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sector_id")
    private Sector sector;

    @Column(name = "host_unit")
    private String hostUnit;

    @Embedded
    private Membership membership = new Membership(0, 0, 0);

    @Column(name = "secretary_name")
    private String secretaryName;

    @Column(name = "deputy_secretary_name")
    private String deputySecretaryName;

    @Column(name = "term_label")
    private String termLabel;

    private boolean active = true;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    private boolean sample;

    /** '/root/…/this/': kept by the database (trigger), read here for committee-wide scopes. */
    @Column(insertable = false, updatable = false)
    private String path;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(String code, Instant now) {
        this.code = code;
        this.createdAt = now;
    }

    /** Structure: where the organisation sits. Only administrators change it. */
    void place(String code, OrganisationType type, Organisation parent, Bloc bloc, Sector sector) {
        this.code = code;
        this.type = type;
        this.parent = parent;
        this.bloc = bloc;
        this.sector = sector;
    }

    /** Details the unit itself keeps current: name, host unit, members and officers. */
    void describe(String name, String hostUnit, Membership membership, String secretaryName,
                  String deputySecretaryName, String termLabel) {
        this.name = name;
        this.hostUnit = hostUnit;
        this.membership = membership;
        this.secretaryName = secretaryName;
        this.deputySecretaryName = deputySecretaryName;
        this.termLabel = termLabel;
    }

    /**
     * The current officers as lists show them: kept by the officer component from the posts it holds (the record),
     * so that what the registry shows never differs from the officer history.
     */
    public void showCurrentOfficers(String secretaryName, String deputySecretaryName, String termLabel) {
        this.secretaryName = secretaryName;
        this.deputySecretaryName = deputySecretaryName;
        this.termLabel = termLabel;
    }

    /** Drops out of counts and lists of active units; its history stays. */
    void deactivate(Instant now) {
        if (active) {
            active = false;
            deactivatedAt = now;
        }
    }

    void reactivate() {
        active = true;
        deactivatedAt = null;
    }

    /** This organisation is the given one or sits anywhere below it (a cell of a branch of a grassroots organisation). */
    public boolean isWithin(Long organisationId) {
        for (Organisation n = this; n != null && organisationId != null; n = n.parent) {
            if (organisationId.equals(n.id)) {
                return true;
            }
        }
        return false;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public OrganisationType getType() { return type; }
    public Organisation getParent() { return parent; }
    public Bloc getBloc() { return bloc; }
    public Sector getSector() { return sector; }
    public String getHostUnit() { return hostUnit; }
    public Membership getMembership() { return membership; }
    public String getSecretaryName() { return secretaryName; }
    public String getDeputySecretaryName() { return deputySecretaryName; }
    public String getTermLabel() { return termLabel; }
    public boolean isActive() { return active; }
    public Instant getDeactivatedAt() { return deactivatedAt; }
    public boolean isSample() { return sample; }
    public String getPath() { return path; }
    public long getVersion() { return version; }
}
