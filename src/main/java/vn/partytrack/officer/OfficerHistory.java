package vn.partytrack.officer;

import java.io.Serializable;
import java.util.List;

/**
 * A unit's officer history: its committees by term, newest first, and every post with its dates and decisions.
 * {@code hasCommittee}: the statute lets it elect a committee (a cell needs 9 full members); {@code congressTermId}:
 * a term whose congress results can be taken into a committee not yet recorded (null: none).
 */
public record OfficerHistory(Long organisationId, String organisationCode, String organisationName, String typeCode,
                             int fullMembers, boolean hasCommittee, List<CommitteeRow> committees, List<PostRow> posts,
                             boolean mayEdit, Long congressTermId) implements Serializable {
}
