package vn.partytrack.organisation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Everything the detail page and the API show of one organisation, with its subordinate cells. */
public record OrganisationDetails(Long id, String code, String name, String typeCode, Long parentId, String parentName,
                                  String blocCode, String sectorCode, String hostUnit, int membersTotal,
                                  int membersFull, int membersProbationary, String secretaryName,
                                  String deputySecretaryName, String termLabel, boolean active,
                                  Instant deactivatedAt, boolean sample, long version,
                                  List<OrganisationRow> subordinates) implements Serializable {

    static OrganisationDetails of(Organisation o, List<OrganisationRow> subordinates) {
        Membership m = o.getMembership();
        return new OrganisationDetails(o.getId(), o.getCode(), o.getName(), o.getType().getCode(),
                o.getParent() == null ? null : o.getParent().getId(),
                o.getParent() == null ? null : o.getParent().getName(),
                o.getBloc() == null ? null : o.getBloc().getCode(),
                o.getSector() == null ? null : o.getSector().getCode(),
                o.getHostUnit(), m.total(), m.full(), m.probationary(), o.getSecretaryName(),
                o.getDeputySecretaryName(), o.getTermLabel(), o.isActive(), o.getDeactivatedAt(), o.isSample(),
                o.getVersion(), subordinates);
    }
}
