package vn.partytrack.organisation;

/**
 * Who is calling, as far as the registry needs to know: the account component's {@code Caller} answers. Accounts
 * belong to an organisation, so accounts depend on the registry and the registry asks through this, never importing
 * accounts. District-wide readers see every unit; a secretary sees their own organisation and its subordinate cells.
 */
public interface OrganisationAccess {

    boolean isAdmin();

    boolean isSecretary();

    /** The organisation of a unit secretary; null for district-wide roles. */
    Long organisationId();

    /** The committee a staff member or leader works for; null for the whole registry and for secretaries. */
    Long committeeId();

    /**
     * The reach of a committee's staff and leaders: their committee's materialised path followed by '%' (the units
     * under it today, and through {@code pt_reaches} the records those units made before); null: no such limit.
     */
    String committeePath();

    /** The name written into the audit trail. */
    String auditName();

    /** Administrators change any unit; a secretary changes only the details of their own organisation. */
    boolean mayEdit(Organisation o);

    void requireSignedIn();

    void requireAdmin();

    void requireDistrictReader();

    void requireRead(Organisation o);

    void requireEdit(Organisation o);

    /**
     * Who records registry changes (establish, rename, transfer, merge, split, dissolve): administrators, and the
     * staff of the Organisation board (Ban Tổ chức), whose work the registry is.
     */
    boolean mayRecordRegistryChanges();

    void requireRegistrar();
}
