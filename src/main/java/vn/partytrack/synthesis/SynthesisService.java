package vn.partytrack.synthesis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.partytrack.account.Caller;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.assessment.ReportItemKind;
import vn.partytrack.directive.Directive;
import vn.partytrack.meeting.AssignmentRow;
import vn.partytrack.meeting.MeetingDetails;
import vn.partytrack.meeting.MeetingRegister;
import vn.partytrack.period.PeriodRow;
import vn.partytrack.period.PeriodService;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.Text;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drafts the synthesis report of a bloc (or the whole committee) for a period from the data, lets district staff
 * edit it, and keeps each finalised version with its DOCX and PDF exactly as generated.
 */
@ApplicationScoped
@Transactional
public class SynthesisService {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    PeriodService periods;

    @Inject
    MeetingRegister meetings;

    @Inject
    OrganisationService organisations;

    /** A committee that has a profile, to choose the synthesis's committee by. */
    public record Committee(Long id, String name) implements java.io.Serializable {
    }

    /** The committees with a profile, the latest name of each, in Vietnamese order. */
    public List<Committee> committees() {
        caller.requireDistrictReader();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT DISTINCT ON (organisation_id) organisation_id, name FROM committee_profile
                        ORDER BY organisation_id, valid_from DESC""").getResultList();
        java.util.Set<Long> reach = organisations.withinReach();
        return rows.stream().map(r -> new Committee(((Number) r[0]).longValue(), (String) r[1]))
                .filter(c -> reach == null || reach.contains(c.id()))
                .sorted(java.util.Comparator.comparing(Committee::name, java.text.Collator.getInstance(Locale.forLanguageTag("vi")))).toList();
    }

    /** A draft for the whole committee or a bloc: see {@link #draft(String, Long, Long)}. */
    public SynthesisDocument draft(String blocCode, Long periodId) {
        return draft(blocCode, periodId, null);
    }

    /**
     * A draft computed as things stood in the period: the units, their committee and members at the cut-off
     * ({@code units_at(cutoff)}), the documents issued and the disseminations held by the period's end, the congresses
     * held by then, and the period's review meeting (held between its start and two months after its end). The header,
     * number suffix, place, signatory block and recipients are those of the committee's profile valid at the period.
     * The committee is the one asked for, or else the single profiled committee above the bloc's units.
     */
    public SynthesisDocument draft(String blocCode, Long periodId, Long committeeId) {
        caller.requireDistrictReader();
        if (caller.committeePath() != null) {
            // a committee's staff write for their own committee (or one under it), never for another
            committeeId = organisations.scope(blocCode, committeeId).committeeId();
        }
        PeriodRow period = periods.get(periodId);
        PeriodScope scope = PeriodScope.of(em, period, blocCode, committeeId);
        String scopeName = scope.scopeName(em);

        List<Object[]> units = units(scope);
        Map<String, Integer> byType = new LinkedHashMap<>();
        long members = 0;
        for (Object[] u : units) {
            byType.merge((String) u[4], 1, Integer::sum);
            members += ((Number) u[3]).longValue();
        }
        long cells = ((Number) scope.bind(em.createNativeQuery("WITH s AS (" + PeriodScope.UNITS + """
                        ) SELECT count(*) FROM units_at(?1) c JOIN organisation_type ct ON ct.id = c.type_id AND ct.code = 'CHI_BO_TRUC_THUOC'
                        WHERE c.parent_id IN (SELECT id FROM s)""")).getSingleResult()).longValue();

        List<SynthesisDocument.Section> sections = new ArrayList<>();
        sections.add(new SynthesisDocument.Section(vi("synthesis.doc.situation"), "Tính đến ngày " + Sentences.date(period.cutoffDate()) + ", "
                + scopeName + " có " + Sentences.number(units.size()) + " tổ chức cơ sở đảng (" + typeBreakdown(byType) + ") với "
                + Sentences.number(members) + " đảng viên; " + Sentences.number(cells) + " chi bộ trực thuộc."));

        StringBuilder results = new StringBuilder();
        int n = 1;
        results.append(n++).append(". ").append(vi("synthesis.doc.reporting")).append(": ").append(reporting(scope, units)).append('\n');
        for (String sentence : disseminations(scope)) {
            results.append(n++).append(". ").append(vi("synthesis.doc.dissemination")).append(": ").append(sentence).append('\n');
        }
        String congress = congress(scope, units.size());
        if (!congress.isEmpty()) {
            results.append(n++).append(". ").append(vi("synthesis.doc.congress")).append(": ").append(congress).append('\n');
        }
        Map<String, BigDecimal> figures = figures(scope);
        results.append(n++).append(". ").append(vi("synthesis.doc.admissions")).append(": ").append(Sentences.admissions(figure(figures, "ADMITTED"),
                figure(figures, "ADMISSION_TARGET"), figure(figures, "MADE_FULL"))).append('\n');
        results.append(n++).append(". ").append(vi("synthesis.doc.inspections")).append(": ").append(Sentences.inspections(figure(figures, "INSPECTED_MEMBERS"),
                figure(figures, "INSPECTED_ORGANISATIONS"), figure(figures, "SUPERVISIONS"))).append('\n');
        String meetingsHeld = Sentences.meetings(figure(figures, "MEETINGS_HELD"), figure(figures, "MEETINGS_REQUIRED"));
        if (!meetingsHeld.isEmpty()) {
            results.append(n).append(". ").append(vi("synthesis.doc.cellMeetings")).append(": ").append(meetingsHeld).append('\n');
        }
        sections.add(new SynthesisDocument.Section(vi("synthesis.doc.results"), results.toString().strip()));
        sections.add(new SynthesisDocument.Section(vi("synthesis.doc.difficulties"), difficulties(scope)));
        sections.add(new SynthesisDocument.Section(vi("synthesis.doc.nextPeriod"), nextPeriod(scope, units.size())));

        return scope.document(vi("synthesis.doc.kind"),
                vi("synthesis.doc.subtitle") + " " + scopeName + " " + period.nameVi().toLowerCase(Locale.forLanguageTag("vi")), sections,
                Clocks.today(clock));
    }

    /** The in-scope units: id, name, path, members, type code; in Vietnamese order of names. */
    @SuppressWarnings("unchecked")
    private List<Object[]> units(PeriodScope scope) {
        return scope.bind(em.createNativeQuery("SELECT * FROM (" + PeriodScope.UNITS + ") s ORDER BY s.name COLLATE \"vi-x-icu\"")).getResultList();
    }

    /** Reports of the period from the units in scope: sent, sent by the due date, and the units that sent none. */
    private String reporting(PeriodScope scope, List<Object[]> units) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("WITH s AS (" + PeriodScope.UNITS + """
                        ) SELECT s.name, r.first_submitted_at IS NOT NULL,
                                 r.first_submitted_at IS NOT NULL AND (r.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= p.due_date
                        FROM s JOIN reporting_period p ON p.id = ?4
                        LEFT JOIN report r ON r.organisation_id = s.id AND r.period_id = p.id
                        ORDER BY s.name COLLATE "vi-x-icu\"""")).setParameter(4, scope.period.id()).getResultList();
        int submitted = 0, onTime = 0;
        List<String> missing = new ArrayList<>();
        for (Object[] r : rows) {
            if (Boolean.TRUE.equals(r[1])) {
                submitted++;
            } else {
                missing.add((String) r[0]);
            }
            if (Boolean.TRUE.equals(r[2])) {
                onTime++;
            }
        }
        return Sentences.reports(submitted, onTime, units.size(), missing);
    }

    /**
     * One sentence per document issued by the period's end and assigned to a unit in scope: the units that had held a
     * dissemination session by the period's end, named officially.
     */
    private List<String> disseminations(PeriodScope scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("WITH s AS (" + PeriodScope.UNITS + """
                        ) SELECT d.id, s.name,
                                 i.id IS NOT NULL AND i.status <> 'DRAFT' AND i.first_session_on IS NOT NULL AND i.first_session_on <= p.end_date
                        FROM directive d JOIN directive_assignment a ON a.directive_id = d.id JOIN s ON s.id = a.organisation_id
                        JOIN reporting_period p ON p.id = ?4
                        LEFT JOIN directive_implementation i ON i.directive_id = d.id AND i.organisation_id = s.id
                        WHERE d.issued_on IS NULL OR d.issued_on <= p.end_date
                        ORDER BY d.issued_on NULLS LAST, d.number, s.name COLLATE "vi-x-icu\"""")).setParameter(4, scope.period.id()).getResultList();
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, List<String>> missing = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            int[] c = counts.computeIfAbsent(id, k -> new int[2]);
            missing.computeIfAbsent(id, k -> new ArrayList<>());
            c[1]++;
            if (Boolean.TRUE.equals(r[2])) {
                c[0]++;
            } else {
                missing.get(id).add((String) r[1]);
            }
        }
        List<String> sentences = new ArrayList<>();
        for (var e : counts.entrySet()) {
            Directive d = em.find(Directive.class, e.getKey());
            sentences.add(Sentences.disseminated(d.officialName(), e.getValue()[0], e.getValue()[1], missing.get(e.getKey())));
        }
        return sentences;
    }

    /**
     * The congresses of the latest term in which a unit in scope had held its congress by the period's end: held by
     * then, and held on the schedule the committee set (no later than planned and within the term's deadline).
     */
    private String congress(PeriodScope scope, int units) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("WITH s AS (" + PeriodScope.UNITS + """
                        ), p AS (SELECT * FROM reporting_period WHERE id = ?4),
                        term AS (SELECT t.* FROM congress_term t WHERE EXISTS (SELECT 1 FROM congress k JOIN s ON s.id = k.organisation_id, p
                                                                             WHERE k.term_id = t.id AND k.held_from <= p.end_date)
                                 ORDER BY t.grassroots_deadline DESC LIMIT 1)
                        SELECT s.name, k.held_from IS NOT NULL AND k.held_from <= p.end_date,
                               k.held_from IS NOT NULL AND k.held_from <= p.end_date AND k.held_from <= k.planned_date
                                   AND k.held_from <= term.grassroots_deadline
                        FROM s CROSS JOIN term CROSS JOIN p LEFT JOIN congress k ON k.organisation_id = s.id AND k.term_id = term.id
                        ORDER BY s.name COLLATE "vi-x-icu\"""")).setParameter(4, scope.period.id()).getResultList();
        if (rows.isEmpty()) {
            return "";
        }
        int held = 0, onSchedule = 0;
        List<String> notHeld = new ArrayList<>();
        for (Object[] r : rows) {
            if (Boolean.TRUE.equals(r[1])) {
                held++;
            } else {
                notHeld.add((String) r[0]);
            }
            if (Boolean.TRUE.equals(r[2])) {
                onSchedule++;
            }
        }
        return Sentences.congress(held, onSchedule, units, notHeld, scope.profile.name());
    }

    /** The sums of the figures of the period's reports (not drafts) from the units in scope. */
    private Map<String, BigDecimal> figures(PeriodScope scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("WITH s AS (" + PeriodScope.UNITS + """
                        ) SELECT v.indicator_code, sum(v.number_value) FROM s JOIN report r ON r.organisation_id = s.id AND r.period_id = ?4
                        JOIN report_value v ON v.report_id = r.id WHERE r.status <> 'DRAFT' AND v.number_value IS NOT NULL
                        GROUP BY v.indicator_code""")).setParameter(4, scope.period.id()).getResultList();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Object[] r : rows) {
            sums.put((String) r[0], r[1] instanceof BigDecimal b ? b : new BigDecimal(r[1].toString()));
        }
        return sums;
    }

    private static long figure(Map<String, BigDecimal> figures, String code) {
        return figures.getOrDefault(code, BigDecimal.ZERO).longValue();
    }

    /** Keeps the edited report as the next version, with the files exactly as generated now. */
    public SynthesisVersion finalise(String blocCode, Long periodId, SynthesisDocument edited) {
        return finalise(blocCode, periodId, null, edited);
    }

    /**
     * Keeps the edited report as the next version of a committee's synthesis (a committee's staff: theirs), with the
     * files exactly as generated now; versions are numbered per bloc, period and committee.
     */
    public SynthesisVersion finalise(String blocCode, Long periodId, Long committeeId, SynthesisDocument edited) {
        caller.requireStaff();
        periods.get(periodId);
        Long committee = committeeOf(blocCode, committeeId);
        SynthesisDocument d = clean(edited);
        String bloc = blocCode == null ? "" : blocCode;
        // two people finalising at once get consecutive versions, not a clash
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "synthesis:" + bloc + ":" + periodId + ":" + committee)
                .getSingleResult();
        int version = ((Number) em.createNativeQuery("SELECT coalesce(max(version), 0) + 1 FROM synthesis_report WHERE bloc_code = ?1 AND period_id = ?2"
                        + " AND coalesce(committee_id, 0) = ?3")
                .setParameter(1, bloc).setParameter(2, periodId).setParameter(3, committee == null ? 0L : committee).getSingleResult()).intValue();
        var now = clock.instant();
        em.createNativeQuery("""
                        INSERT INTO synthesis_report (bloc_code, period_id, version, title, content, docx, pdf, finalised_by, finalised_at,
                                                      committee_id)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CAST(nullif(?10, 0) AS bigint))""")
                .setParameter(1, bloc).setParameter(2, periodId).setParameter(3, version)
                .setParameter(4, d.title() + " " + d.subtitle()).setParameter(5, JSON.toJson(d))
                .setParameter(6, DocumentWriter.docx(d)).setParameter(7, DocumentWriter.pdf(d))
                .setParameter(8, caller.auditName()).setParameter(9, Timestamp.from(now))
                .setParameter(10, committee == null ? 0L : committee).executeUpdate();
        return versions(blocCode, periodId, committee).get(0);
    }

    /** The committee a synthesis is for: the one asked for, checked against a committee's staff (theirs by default). */
    private Long committeeOf(String blocCode, Long committeeId) {
        return caller.committeePath() == null ? committeeId : organisations.scope(blocCode, committeeId).committeeId();
    }

    public List<SynthesisVersion> versions(String blocCode, Long periodId) {
        return versions(blocCode, periodId, null);
    }

    /**
     * Finalised versions, newest first: of one committee when given (a committee's staff: theirs, and the committees
     * under it), else every version of the bloc and period.
     */
    public List<SynthesisVersion> versions(String blocCode, Long periodId, Long committeeId) {
        caller.requireDistrictReader();
        Long committee = committeeId == null ? null : committeeOf(blocCode, committeeId);
        String reach = caller.committeePath();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT s.id, s.bloc_code, s.period_id, s.version, s.title, s.finalised_by, s.finalised_at FROM synthesis_report s
                        LEFT JOIN organisation c ON c.id = s.committee_id
                        WHERE s.bloc_code = ?1 AND s.period_id = ?2 AND (?3 = 0 OR s.committee_id = ?3) AND (?4 = '' OR c.path LIKE ?4)
                        ORDER BY s.version DESC, s.id DESC""")
                .setParameter(1, blocCode == null ? "" : blocCode).setParameter(2, periodId).setParameter(3, committee == null ? 0L : committee)
                .setParameter(4, reach == null ? "" : reach).getResultList();
        return rows.stream().map(r -> new SynthesisVersion(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).intValue(), (String) r[4], (String) r[5], ((Timestamp) r[6]).toInstant())).toList();
    }

    /** The stored file of a finalised version, byte for byte ("docx" or "pdf"). */
    public byte[] file(Long id, String format) {
        caller.requireDistrictReader();
        String column = switch (format) {
            case "docx" -> "docx";
            case "pdf" -> "pdf";
            default -> throw new NotFound("format " + format);
        };
        String reach = caller.committeePath();
        List<?> files = em.createNativeQuery("SELECT s." + column + " FROM synthesis_report s LEFT JOIN organisation c ON c.id = s.committee_id"
                + " WHERE s.id = ?1 AND (?2 = '' OR c.path LIKE ?2)").setParameter(1, id).setParameter(2, reach == null ? "" : reach).getResultList();
        if (files.isEmpty()) {
            throw new NotFound("synthesis report " + id);
        }
        return (byte[]) files.get(0);
    }

    /**
     * The period's review meeting (the latest held between the period's start and two months after its end, for the
     * bloc or the whole committee): who chaired, the boards and units present, the units that raised difficulties,
     * the chair's conclusion, and each concluding task with its completion.
     */
    private String nextPeriod(PeriodScope scope, int units) {
        List<?> ids = em.createNativeQuery("""
                        SELECT m.id FROM review_meeting m JOIN reporting_period p ON p.id = ?1 LEFT JOIN bloc b ON b.id = m.bloc_id
                        WHERE m.held_on BETWEEN p.start_date AND (p.end_date + interval '2 months')::date
                          AND (?2 = '' OR b.code = ?2)
                        ORDER BY (m.period_id = p.id) DESC, m.held_on DESC, m.id DESC LIMIT 1""")
                .setParameter(1, scope.period.id()).setParameter(2, scope.bloc).getResultList();
        StringBuilder text = new StringBuilder();
        if (ids.isEmpty()) {
            text.append(vi("synthesis.doc.noMeeting")).append('\n');
        } else {
            MeetingDetails meeting = meetings.get(((Number) ids.get(0)).longValue());
            int present = ((Number) scope.bind(em.createNativeQuery("WITH s AS (" + PeriodScope.UNITS
                    + ") SELECT count(*) FROM review_meeting_unit mu JOIN s ON s.id = mu.organisation_id WHERE mu.meeting_id = ?4")
                    .setParameter(4, meeting.id())).getSingleResult()).intValue();
            text.append(Sentences.meeting(meeting.heldOn(), meeting.chair(), present, units)).append('\n');
            if (!meeting.boardCodes().isEmpty()) {
                @SuppressWarnings("unchecked")
                List<String> boards = em.createNativeQuery("SELECT name_vi FROM board WHERE code = ANY(string_to_array(?1, ',')) ORDER BY id")
                        .setParameter(1, String.join(",", meeting.boardCodes())).getResultList();
                text.append(Sentences.boardsPresent(boards)).append('\n');
            }
            int speakers = ((Number) em.createNativeQuery("SELECT count(DISTINCT organisation_id) FROM report_item WHERE meeting_id = ?1 AND kind = 'DIFFICULTY'")
                    .setParameter(1, meeting.id()).getSingleResult()).intValue();
            String raised = Sentences.raisedAtMeeting(speakers);
            if (!raised.isEmpty()) {
                text.append(raised).append('\n');
            }
            if (meeting.conclusion() != null) {
                text.append(vi("synthesis.doc.conclusion")).append(": ").append(meeting.conclusion()).append('\n');
            }
            if (!meeting.tasks().isEmpty()) {
                text.append(vi("synthesis.doc.tasks")).append('\n');
                for (MeetingDetails.Task t : meeting.tasks()) {
                    text.append(t.position()).append(". ").append(Sentences.task(t.body(), t.deadline(), (int) t.done(), t.assignments().size(),
                            t.assignments().stream().filter(a -> !a.done()).map(AssignmentRow::organisationName).toList())).append('\n');
                }
            }
        }
        text.append(vi("synthesis.doc.plan"));
        return text.toString();
    }

    /** Difficulties and proposals of the period from the units in scope, from their reports (not drafts) and meetings. */
    private String difficulties(PeriodScope scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> items = scope.bind(em.createNativeQuery("WITH s AS (" + PeriodScope.UNITS + """
                        ) SELECT s.name, i.kind, i.body, i.meeting_id IS NOT NULL FROM report_item i
                        JOIN s ON s.id = i.organisation_id
                        LEFT JOIN report r ON r.id = i.report_id
                        WHERE i.period_id = ?4 AND (r.id IS NULL OR r.status <> 'DRAFT')
                        ORDER BY i.kind, s.name COLLATE "vi-x-icu", i.meeting_id NULLS FIRST, i.position""")).setParameter(4, scope.period.id())
                .getResultList();
        Map<String, List<String>> byUnit = new LinkedHashMap<>();
        int difficulties = 0, proposals = 0;
        StringBuilder list = new StringBuilder();
        for (Object[] item : items) {
            byUnit.computeIfAbsent((String) item[0], k -> new ArrayList<>()).add((String) item[2]);
            if (ReportItemKind.DIFFICULTY.name().equals(item[1])) {
                difficulties++;
            } else {
                proposals++;
            }
            list.append("- ").append(vi("report.item." + item[1])).append(" (").append(item[0])
                    .append(Boolean.TRUE.equals(item[3]) ? ", " + vi("synthesis.doc.raisedAtMeeting") : "").append("): ")
                    .append(item[2]).append('\n');
        }
        return (Sentences.difficulties(byUnit.size(), difficulties, proposals) + "\n" + list).strip();
    }

    private static String typeBreakdown(Map<String, Integer> byType) {
        List<String> parts = new ArrayList<>();
        // đảng bộ cơ sở first, then chi bộ cơ sở, then any other grassroots type
        List<Map.Entry<String, Integer>> types = new ArrayList<>(byType.entrySet());
        List<String> order = List.of("DANG_BO_CO_SO", "CHI_BO_CO_SO");
        types.sort(java.util.Comparator.comparing((Map.Entry<String, Integer> e) -> order.contains(e.getKey()) ? order.indexOf(e.getKey()) : order.size())
                .thenComparing(Map.Entry::getKey));
        for (var e : types) {
            String key = "synthesis.doc.units." + e.getKey();
            String label = vi(key);
            parts.add(Sentences.number(e.getValue()) + " " + (label.equals(key) ? e.getKey().toLowerCase() : label));
        }
        return String.join(", ", parts);
    }

    /** A label of the report, which is written in Vietnamese whatever the reader's language. */
    private static String vi(String key) {
        return Messages.text(Messages.VIETNAMESE, key);
    }

    private static SynthesisDocument clean(SynthesisDocument d) {
        if (d == null || d.sections() == null || d.sections().isEmpty()) {
            throw new InvalidInput("sections", "synthesis.sections.required");
        }
        List<SynthesisDocument.Section> sections = new ArrayList<>();
        for (SynthesisDocument.Section s : d.sections()) {
            String heading = s == null ? null : Text.clean(s.heading());
            String body = s == null ? null : Text.clean(s.body());
            if (heading == null || body == null) {
                throw new InvalidInput("sections", "synthesis.sections.required");
            }
            if (heading.length() > 500 || body.length() > 50_000) {
                throw tooLong("sections", heading.length() > 500 ? 500 : 50_000);
            }
            sections.add(new SynthesisDocument.Section(heading, body));
        }
        List<String> recipients = new ArrayList<>();
        for (String line : d.recipientLines()) {
            String clean = Text.clean(line);
            if (clean != null) {
                recipients.add(clean);
            }
        }
        SynthesisDocument cleaned = new SynthesisDocument(nz(d.superiorCommittee()), nz(d.committee()), nz(d.number()), nz(d.placeAndDate()),
                nz(d.title()), nz(d.subtitle()), sections, nz(d.signatoryHeading()), nz(d.signerTitle()), nz(d.signerName()), recipients);
        // each field its own limit, so the message sits next to the right one; title and subtitle share the stored title
        List<FieldError> errors = new ArrayList<>();
        limit(errors, "superiorCommittee", cleaned.superiorCommittee(), 300);
        limit(errors, "committee", cleaned.committee(), 300);
        limit(errors, "number", cleaned.number(), 100);
        limit(errors, "placeAndDate", cleaned.placeAndDate(), 200);
        limit(errors, "title", cleaned.title(), 250);
        limit(errors, "subtitle", cleaned.subtitle(), 249);
        limit(errors, "signatoryHeading", cleaned.signatoryHeading(), 100);
        limit(errors, "signerTitle", cleaned.signerTitle(), 100);
        limit(errors, "signerName", cleaned.signerName(), 150);
        if (recipients.size() > 30) {
            errors.add(new FieldError("recipients", "field.tooLong", Map.of("max", 30)));
        } else {
            recipients.forEach(r -> limit(errors, "recipients", r, 300));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return cleaned;
    }

    private static void limit(List<FieldError> errors, String field, String value, int max) {
        if (value.length() > max) {
            errors.add(new FieldError(field, "field.tooLong", Map.of("max", max)));
        }
    }

    private static InvalidInput tooLong(String field, int max) {
        return new InvalidInput(List.of(new FieldError(field, "field.tooLong", Map.of("max", max))));
    }

    private static String nz(String s) {
        String clean = Text.clean(s);
        return clean == null ? "" : clean;
    }
}
