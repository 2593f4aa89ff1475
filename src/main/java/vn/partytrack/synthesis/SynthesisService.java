package vn.partytrack.synthesis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.partytrack.account.Caller;
import vn.partytrack.assessment.ReportItemKind;
import vn.partytrack.assessment.ReportRow;
import vn.partytrack.assessment.SubmissionTracker;
import vn.partytrack.assessment.TrackerView;
import vn.partytrack.congress.CongressProgress;
import vn.partytrack.congress.CongressProgressQuery;
import vn.partytrack.congress.CongressTerms;
import vn.partytrack.congress.TermRow;
import vn.partytrack.dashboard.BlocOverview;
import vn.partytrack.dashboard.BlocSummary;
import vn.partytrack.dashboard.DistrictDashboard;
import vn.partytrack.directive.DisseminationMatrixQuery;
import vn.partytrack.directive.DisseminationMatrix;
import vn.partytrack.meeting.AssignmentRow;
import vn.partytrack.meeting.MeetingDetails;
import vn.partytrack.meeting.MeetingRegister;
import vn.partytrack.organisation.Scope;
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
    DistrictDashboard dashboard;

    @Inject
    BlocOverview overview;

    @Inject
    DisseminationMatrixQuery matrices;

    @Inject
    PeriodService periods;

    @Inject
    MeetingRegister meetings;

    @Inject
    SubmissionTracker tracker;

    @Inject
    CongressTerms congressTerms;

    @Inject
    CongressProgressQuery congresses;

    @Inject
    @ConfigProperty(name = "partytrack.committee.superior", defaultValue = "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI")
    String superiorCommittee;

    @Inject
    @ConfigProperty(name = "partytrack.committee.name", defaultValue = "QUẬN ỦY HAI BÀ TRƯNG")
    String committee;

    @Inject
    @ConfigProperty(name = "partytrack.committee.place", defaultValue = "Hà Nội")
    String place;

    /** A draft computed from the data as it stands now. */
    public SynthesisDocument draft(String blocCode, Long periodId) {
        caller.requireDistrictReader();
        PeriodRow period = periods.get(periodId);
        Figures view = new Figures(dashboard.reportFigures(Scope.bloc(blocCode), periodId));
        BlocSummary summary = overview.summary(blocCode);
        DisseminationMatrix matrix = matrices.matrix(blocCode);
        String scope = blocCode == null || blocCode.isBlank() ? vi("synthesis.doc.scopeWhole")
                : vi("synthesis.doc.scopeBloc") + " " + em.createQuery("SELECT b.nameVi FROM Bloc b WHERE b.code = :c", String.class)
                        .setParameter("c", blocCode).getResultStream().findFirst().orElse(blocCode).replaceFirst("^Khối ", "");

        List<SynthesisDocument.Section> sections = new ArrayList<>();
        sections.add(new SynthesisDocument.Section(vi("synthesis.doc.situation"), "Tính đến kỳ báo cáo, " + scope + " có "
                + Sentences.number(summary.organisations()) + " tổ chức cơ sở đảng (" + typeBreakdown(summary) + ") với "
                + Sentences.number(summary.members()) + " đảng viên; " + Sentences.number(summary.subordinateCells()) + " chi bộ trực thuộc."));

        TrackerView tracked = tracker.track(periodId, blocCode, null);
        List<String> notSubmitted = tracked.rows().stream().filter(ReportRow::missing).map(ReportRow::organisationName).toList();
        var counts = tracked.counts();
        StringBuilder results = new StringBuilder();
        results.append("1. ").append(vi("synthesis.doc.reporting")).append(": ").append(Sentences.reports(counts.submitted(), counts.onTime(), counts.units(), notSubmitted)).append('\n');
        int n = 2;
        for (var d : matrix.directives()) {
            DisseminationMatrix.Share s = matrix.shares().get(d.id());
            if (s != null && s.assigned() > 0) {
                results.append(n++).append(". ").append(vi("synthesis.doc.dissemination")).append(" ").append(d.number()).append(": ")
                        .append(Sentences.disseminated(d.kindLabel() + " " + d.number(), s.disseminated(), s.assigned(), s.missing())).append('\n');
            }
        }
        List<TermRow> terms = congressTerms.terms();
        if (!terms.isEmpty()) {
            CongressProgress congress = congresses.progress(terms.get(0).id(), blocCode);
            results.append(n++).append(". ").append(vi("synthesis.doc.congress")).append(": ")
                    .append(Sentences.congress(congress.held(), congress.onSchedule(), congress.units(),
                            congress.rows().stream().filter(r -> !r.schedule().held()).map(r -> r.organisationName()).toList())).append('\n');
        }
        results.append(n++).append(". ").append(vi("synthesis.doc.admissions")).append(": ").append(Sentences.admissions(view.figure("ADMITTED").longValue(),
                view.figure("ADMISSION_TARGET").longValue(), view.figure("MADE_FULL").longValue())).append('\n');
        results.append(n++).append(". ").append(vi("synthesis.doc.inspections")).append(": ").append(Sentences.inspections(view.figure("INSPECTED_MEMBERS").longValue(),
                view.figure("INSPECTED_ORGANISATIONS").longValue(), view.figure("SUPERVISIONS").longValue())).append('\n');
        String meetings = Sentences.meetings(view.figure("MEETINGS_HELD").longValue(), view.figure("MEETINGS_REQUIRED").longValue());
        if (!meetings.isEmpty()) {
            results.append(n).append(". ").append(vi("synthesis.doc.cellMeetings")).append(": ").append(meetings).append('\n');
        }
        sections.add(new SynthesisDocument.Section(vi("synthesis.doc.results"), results.toString().strip()));
        sections.add(new SynthesisDocument.Section(vi("synthesis.doc.difficulties"), difficulties(blocCode, periodId)));
        sections.add(new SynthesisDocument.Section(vi("synthesis.doc.nextPeriod"), nextPeriod(blocCode, periodId)));

        LocalDate today = Clocks.today(clock);
        return new SynthesisDocument(superiorCommittee, committee, "Số      -BC/QU",
                place + ", ngày " + String.format("%02d", today.getDayOfMonth()) + " tháng " + today.getMonthValue() + " năm " + today.getYear(),
                vi("synthesis.doc.kind"), vi("synthesis.doc.subtitle") + " " + scope + " " + period.nameVi().toLowerCase(Locale.forLanguageTag("vi")), sections);
    }

    /** Keeps the edited report as the next version, with the files exactly as generated now. */
    public SynthesisVersion finalise(String blocCode, Long periodId, SynthesisDocument edited) {
        caller.requireStaff();
        periods.get(periodId);
        SynthesisDocument d = clean(edited);
        String bloc = blocCode == null ? "" : blocCode;
        // two people finalising at once get consecutive versions, not a clash
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "synthesis:" + bloc + ":" + periodId).getSingleResult();
        int version = ((Number) em.createNativeQuery("SELECT coalesce(max(version), 0) + 1 FROM synthesis_report WHERE bloc_code = ?1 AND period_id = ?2")
                .setParameter(1, bloc).setParameter(2, periodId).getSingleResult()).intValue();
        var now = clock.instant();
        em.createNativeQuery("""
                        INSERT INTO synthesis_report (bloc_code, period_id, version, title, content, docx, pdf, finalised_by, finalised_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, bloc).setParameter(2, periodId).setParameter(3, version)
                .setParameter(4, d.title() + " " + d.subtitle()).setParameter(5, JSON.toJson(d))
                .setParameter(6, DocumentWriter.docx(d)).setParameter(7, DocumentWriter.pdf(d))
                .setParameter(8, caller.auditName()).setParameter(9, Timestamp.from(now)).executeUpdate();
        return versions(blocCode, periodId).get(0);
    }

    /** Finalised versions, newest first. */
    public List<SynthesisVersion> versions(String blocCode, Long periodId) {
        caller.requireDistrictReader();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, bloc_code, period_id, version, title, finalised_by, finalised_at FROM synthesis_report
                        WHERE bloc_code = ?1 AND period_id = ?2 ORDER BY version DESC""")
                .setParameter(1, blocCode == null ? "" : blocCode).setParameter(2, periodId).getResultList();
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
        List<?> files = em.createNativeQuery("SELECT " + column + " FROM synthesis_report WHERE id = ?1").setParameter(1, id).getResultList();
        if (files.isEmpty()) {
            throw new NotFound("synthesis report " + id);
        }
        return (byte[]) files.get(0);
    }

    /** The latest review meeting of the period: who met, the chair's conclusion, and each concluding task with its completion. */
    private String nextPeriod(String blocCode, Long periodId) {
        MeetingDetails meeting = meetings.latest(blocCode, periodId);
        StringBuilder text = new StringBuilder();
        if (meeting == null) {
            text.append(vi("synthesis.doc.noMeeting")).append('\n');
        } else {
            text.append(Sentences.meeting(meeting.heldOn(), meeting.chair(), meeting.unitsPresent().size(), meeting.unitsInScope())).append('\n');
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

    private String difficulties(String blocCode, Long periodId) {
        @SuppressWarnings("unchecked")
        List<Object[]> items = em.createNativeQuery("""
                        SELECT o.name, i.kind, i.body, i.meeting_id IS NOT NULL FROM report_item i
                        LEFT JOIN report r ON r.id = i.report_id
                        JOIN organisation o ON o.id = i.organisation_id
                        LEFT JOIN bloc b ON b.id = o.bloc_id
                        WHERE i.period_id = ?1 AND (r.id IS NULL OR r.status <> 'DRAFT') AND (?2 = '' OR b.code = ?2)
                        ORDER BY i.kind, o.name COLLATE "vi-x-icu", i.meeting_id NULLS FIRST, i.position""")
                .setParameter(1, periodId).setParameter(2, blocCode == null ? "" : blocCode).getResultList();
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

    /** The sums of the period's report figures, zero where nobody reported one. */
    private record Figures(Map<String, BigDecimal> sums) {
        BigDecimal figure(String code) {
            return sums.getOrDefault(code, BigDecimal.ZERO);
        }
    }

    private static String typeBreakdown(BlocSummary s) {
        List<String> parts = new ArrayList<>();
        for (String type : s.typeCodes()) {
            String key = "synthesis.doc.units." + type;
            String units = vi(key);
            parts.add(Sentences.number(s.typeTotal(type)) + " " + (units.equals(key) ? type.toLowerCase() : units));
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
        SynthesisDocument cleaned = new SynthesisDocument(nz(d.superiorCommittee()), nz(d.committee()), nz(d.number()), nz(d.placeAndDate()),
                nz(d.title()), nz(d.subtitle()), sections);
        // each field its own limit, so the message sits next to the right one; title and subtitle share the stored title
        List<FieldError> errors = new ArrayList<>();
        limit(errors, "superiorCommittee", cleaned.superiorCommittee(), 300);
        limit(errors, "committee", cleaned.committee(), 300);
        limit(errors, "number", cleaned.number(), 100);
        limit(errors, "placeAndDate", cleaned.placeAndDate(), 200);
        limit(errors, "title", cleaned.title(), 250);
        limit(errors, "subtitle", cleaned.subtitle(), 249);
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
