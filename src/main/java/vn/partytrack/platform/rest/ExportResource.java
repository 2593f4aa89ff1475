package vn.partytrack.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partytrack.assessment.IssueRegister;
import vn.partytrack.assessment.IssueRow;
import vn.partytrack.assessment.ReportRow;
import vn.partytrack.assessment.SubmissionTracker;
import vn.partytrack.assessment.TrackerView;
import vn.partytrack.directive.DirectiveRow;
import vn.partytrack.directive.DisseminationMatrixQuery;
import vn.partytrack.directive.DisseminationMatrix;
import vn.partytrack.directive.MatrixCell;
import vn.partytrack.organisation.OrganisationFilter;
import vn.partytrack.organisation.OrganisationRow;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.organisation.ReferenceData;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.VietnameseFormat;
import vn.partytrack.platform.export.TableExport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * /api/v1/exports/{table}.{xlsx|pdf}: the organisation list, the submission tracker, the dissemination matrix and the
 * register of difficulties and proposals,
 * streamed in the caller's language with the same filters and access rules as their pages.
 */
@Path("exports")
@RequestScoped
@Tag(name = "Exports")
public class ExportResource {

    private static final int PAGE = 1000;

    @Inject
    OrganisationService organisations;

    @Inject
    SubmissionTracker tracker;

    @Inject
    DisseminationMatrixQuery matrices;

    @Inject
    IssueRegister issues;

    @Inject
    ReferenceData reference;

    @Context
    HttpHeaders headers;

    @GET
    @Path("organisations.{format}")
    @Operation(summary = "The organisation list (filters as in /organisations), as xlsx or pdf")
    public Response organisations(@PathParam("format") String format, @QueryParam("bloc") String bloc, @QueryParam("sector") String sector,
                                  @QueryParam("type") String type, @QueryParam("q") String search,
                                  @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        Locale locale = locale();
        OrganisationFilter filter = new OrganisationFilter(bloc, sector, type, search, includeInactive, "name", false);
        organisations.count(filter);   // access is checked before the response starts
        List<String> columns = List.of(t(locale, "organisation.code"), t(locale, "organisation.name"), t(locale, "organisation.type"),
                t(locale, "organisation.bloc"), t(locale, "organisation.sector"), t(locale, "organisation.membersTotal"), t(locale, "organisation.secretary"));
        TableExport table = new TableExport(t(locale, "organisation.list.title"), columns, sink -> {
            for (int offset = 0; ; offset += PAGE) {
                List<OrganisationRow> page = organisations.rows(filter, offset, PAGE);
                for (OrganisationRow o : page) {
                    sink.accept(List.of(o.code(), o.name(), reference.typeName(o.typeCode(), locale), reference.blocName(o.blocCode(), locale),
                            reference.sectorName(o.sectorCode(), locale), o.membersTotal(), o.secretaryName() == null ? "" : o.secretaryName()));
                }
                if (page.size() < PAGE) {
                    return;
                }
            }
        });
        return stream(table, format, "to-chuc-dang");
    }

    @GET
    @Path("tracker.{format}")
    @Operation(summary = "The submission tracker of a period (filters as on its page), as xlsx or pdf")
    public Response tracker(@PathParam("format") String format, @QueryParam("period") Long period, @QueryParam("bloc") String bloc,
                            @QueryParam("committee") Long committee, @QueryParam("sector") String sector, @QueryParam("status") String status) {
        Locale locale = locale();
        TrackerView view = tracker.track(period, organisations.scope(blank(bloc), committee), blank(sector));
        List<ReportRow> rows = view.withStatus(blank(status));
        List<String> columns = List.of(t(locale, "organisation.name"), t(locale, "organisation.sector"), t(locale, "report.status"),
                t(locale, "report.firstSubmitted"), t(locale, "report.timeliness"), t(locale, "report.returnReason"));
        TableExport table = new TableExport(t(locale, "tracker.title"), columns, sink -> rows.forEach(r -> sink.accept(List.of(
                r.organisationName(), reference.sectorName(r.sectorCode(), locale),
                t(locale, r.status() == null ? "status.MISSING" : "status." + r.status().name()),
                VietnameseFormat.dateTime(r.firstSubmittedAt()),
                Messages.text(locale, r.timeliness().messageKey(), r.timeliness().days()),
                r.lastReturnReason() == null ? "" : r.lastReturnReason()))));
        return stream(table, format, "tien-do-nop-bao-cao");
    }

    @GET
    @Path("matrix.{format}")
    @Operation(summary = "The dissemination matrix (units × documents), as xlsx or pdf")
    public Response matrix(@PathParam("format") String format, @QueryParam("bloc") String bloc) {
        Locale locale = locale();
        DisseminationMatrix m = matrices.matrix(blank(bloc));
        List<String> columns = new ArrayList<>(List.of(t(locale, "organisation.name")));
        m.directives().forEach(d -> columns.add(d.number()));
        TableExport table = new TableExport(t(locale, "directive.matrix.title"), columns, sink -> {
            for (DisseminationMatrix.Unit u : m.units()) {
                List<Object> row = new ArrayList<>(List.of(u.name()));
                for (DirectiveRow d : m.directives()) {
                    MatrixCell c = m.cell(u.id(), d.id());
                    row.add(c == null ? "" : t(locale, c.status() == null ? "status.MISSING" : "status." + c.status().name())
                            + (c.attendance() == null ? "" : " " + VietnameseFormat.percent(c.attendance(), locale)));
                }
                sink.accept(row);
            }
        });
        return stream(table, format, "quan-triet-nghi-quyet");
    }

    @GET
    @Path("issues.{format}")
    @Operation(summary = "The register of difficulties and proposals (filters as in /issues), as xlsx or pdf")
    public Response issues(@PathParam("format") String format, @QueryParam("period") Long period, @QueryParam("bloc") String bloc,
                           @QueryParam("status") String status) {
        Locale locale = locale();
        List<IssueRow> rows = issues.list(period, blank(bloc), blank(status));
        List<String> columns = List.of(t(locale, "organisation.name"), t(locale, "report.period"), t(locale, "issue.kind"),
                t(locale, "issue.body"), t(locale, "directive.ownerBoard"), t(locale, "issue.response"), t(locale, "report.status"));
        TableExport table = new TableExport(t(locale, "issue.title"), columns, sink -> rows.forEach(i -> sink.accept(List.of(
                i.organisationName(), i.periodCode(), t(locale, "report.item." + i.kind().name()), i.body(),
                i.ownerBoardCode() == null ? "" : reference.boardName(i.ownerBoardCode(), locale),
                i.response() == null ? "" : i.response(), t(locale, "issue.status." + i.status())))));
        return stream(table, format, "kho-khan-kien-nghi");
    }

    private static Response stream(TableExport table, String format, String name) {
        return switch (format) {
            case "xlsx" -> Response.ok((StreamingOutput) table::xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
            case "pdf" -> Response.ok((StreamingOutput) table::pdf, "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"").build();
            default -> throw new NotFound("format " + format);
        };
    }

    private Locale locale() {
        return Messages.supported(headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0));
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
