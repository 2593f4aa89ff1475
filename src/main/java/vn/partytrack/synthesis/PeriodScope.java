package vn.partytrack.synthesis;

import jakarta.persistence.EntityManager;
import vn.partytrack.period.PeriodRow;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Messages;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The units a synthesis counts, as they stood at the period's cut-off: the grassroots organisations under the chosen
 * committee (and in the bloc, when one is chosen) in the dated registry ({@code units_at(cutoff)}), and the committee's
 * profile valid at the period.
 */
final class PeriodScope {

    /** The in-scope units, as a SQL fragment over units_at(?cutoff) aliased u, with parameters ?1 cutoff, ?2 path, ?3 bloc. */
    static final String UNITS = """
            SELECT u.id, u.name, u.path, u.members_total, t.code AS type_code FROM units_at(?1) u
            JOIN organisation_type t ON t.id = u.type_id AND t.grassroots
            LEFT JOIN bloc b ON b.id = u.bloc_id
            WHERE u.path LIKE ?2 AND (?3 = '' OR b.code = ?3)""";

    final PeriodRow period;
    final String bloc;
    final CommitteeProfile profile;
    final String committeePath;

    private PeriodScope(PeriodRow period, String bloc, CommitteeProfile profile, String committeePath) {
        this.period = period;
        this.bloc = bloc;
        this.profile = profile;
        this.committeePath = committeePath;
    }

    /**
     * The committee asked for, or else the single committee with a profile above the bloc's units at the cut-off;
     * 400 naming {@code committee} when there is none, more than one, or the committee did not exist then.
     */
    static PeriodScope of(EntityManager em, PeriodRow period, String blocCode, Long committeeId) {
        String bloc = blocCode == null ? "" : blocCode;
        Date cutoff = Date.valueOf(period.cutoffDate());
        Long committee = committeeId;
        if (committee == null) {
            @SuppressWarnings("unchecked")
            List<Number> candidates = em.createNativeQuery("""
                            SELECT DISTINCT (SELECT a.id FROM unnest(string_to_array(trim(BOTH '/' FROM u.path), '/')::bigint[]) WITH ORDINALITY a(id, n)
                                             WHERE a.id <> u.id AND EXISTS (SELECT 1 FROM committee_profile c WHERE c.organisation_id = a.id)
                                             ORDER BY a.n DESC LIMIT 1)
                            FROM units_at(?1) u JOIN organisation_type t ON t.id = u.type_id AND t.grassroots
                            LEFT JOIN bloc b ON b.id = u.bloc_id WHERE ?2 = '' OR b.code = ?2""")
                    .setParameter(1, cutoff).setParameter(2, bloc).getResultList();
            List<Long> found = candidates.stream().filter(n -> n != null).map(Number::longValue).distinct().toList();
            if (found.size() != 1) {
                throw new InvalidInput("committee", found.isEmpty() ? "synthesis.committee.none" : "synthesis.committee.ambiguous");
            }
            committee = found.get(0);
        }
        List<?> path = em.createNativeQuery("SELECT path FROM units_at(?1) WHERE id = ?2")
                .setParameter(1, cutoff).setParameter(2, committee).getResultList();
        if (path.isEmpty()) {
            throw new InvalidInput("committee", "synthesis.committee.notAtPeriod");
        }
        CommitteeProfile profile = profile(em, committee, period);
        if (profile == null) {
            throw new InvalidInput("committee", "synthesis.committee.none");
        }
        return new PeriodScope(period, bloc, profile, (String) path.get(0));
    }

    /** The profile valid at the cut-off; else the latest one begun by the period's end; else none. */
    static CommitteeProfile profile(EntityManager em, Long committee, PeriodRow period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT organisation_id, valid_from, valid_to, superior_heading, heading, name, abbreviation, number_suffix,
                               place, signatory_heading, signer_title, signer_name, recipients
                        FROM committee_profile WHERE organisation_id = ?1 AND valid_from <= ?3
                        ORDER BY (valid_from <= ?2 AND (valid_to IS NULL OR valid_to > ?2)) DESC, valid_from DESC LIMIT 1""")
                .setParameter(1, committee).setParameter(2, Date.valueOf(period.cutoffDate())).setParameter(3, Date.valueOf(period.endDate()))
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        List<String> recipients = new ArrayList<>(Arrays.stream(((String) r[12]).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        return new CommitteeProfile(((Number) r[0]).longValue(), date(r[1]), date(r[2]), (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11], recipients);
    }

    /** Binds the scope's parameters (?1 cutoff, ?2 path prefix, ?3 bloc) to a query using {@link #UNITS}. */
    jakarta.persistence.Query bind(jakarta.persistence.Query q) {
        return q.setParameter(1, Date.valueOf(period.cutoffDate())).setParameter(2, committeePath + "%").setParameter(3, bloc);
    }

    /** What the document calls the scope: "toàn Đảng bộ", or "khối Hành chính sự nghiệp". */
    String scopeName(EntityManager em) {
        return bloc.isEmpty() ? Messages.text(Messages.VIETNAMESE, "synthesis.doc.scopeWhole")
                : Messages.text(Messages.VIETNAMESE, "synthesis.doc.scopeBloc") + " " + em.createQuery("SELECT b.nameVi FROM Bloc b WHERE b.code = :c", String.class)
                        .setParameter("c", bloc).getResultStream().findFirst().orElse(bloc).replaceFirst("^Khối ", "");
    }

    /** A document of the committee dated today: its profile's header, number, place, signatory block and recipients. */
    SynthesisDocument document(String title, String subtitle, List<SynthesisDocument.Section> sections, LocalDate today) {
        return new SynthesisDocument(profile.superiorHeading(), profile.heading(), "Số      " + profile.numberSuffix(),
                profile.place() + ", ngày " + String.format("%02d", today.getDayOfMonth()) + " tháng " + today.getMonthValue() + " năm " + today.getYear(),
                title, subtitle, sections, profile.signatoryHeading(), profile.signerTitle(), profile.signerName() == null ? "" : profile.signerName(),
                profile.recipients());
    }

    private static LocalDate date(Object o) {
        return o == null ? null : ((Date) o).toLocalDate();
    }
}
