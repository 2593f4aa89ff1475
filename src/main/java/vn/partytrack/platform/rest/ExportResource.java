package vn.partytrack.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
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
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.export.ExportFilter;
import vn.partytrack.platform.export.ExportedTable;
import vn.partytrack.platform.export.TableExport;

import java.util.Locale;

/**
 * /api/v1/exports/{table}.{xlsx|pdf}: the tables the components offer ({@link ExportedTable}) — the organisation list,
 * the submission tracker, the dissemination matrix, the register of difficulties and proposals and the rating
 * results — streamed in the caller's language with the same filters and access rules as their pages. Each operation
 * only names its table and the filters its page has.
 */
@Path("exports")
@RequestScoped
@Tag(name = "Exports")
public class ExportResource {

    @Inject
    Instance<ExportedTable> tables;

    @Context
    HttpHeaders headers;

    @GET
    @Path("organisations.{format}")
    @Operation(summary = "The organisation list (filters as in /organisations), as xlsx or pdf")
    public Response organisations(@PathParam("format") String format, @QueryParam("bloc") String bloc, @QueryParam("sector") String sector,
                                  @QueryParam("type") String type, @QueryParam("q") String search,
                                  @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return export("organisations", format, new ExportFilter(null, bloc, null, sector, type, search, null, includeInactive));
    }

    @GET
    @Path("tracker.{format}")
    @Operation(summary = "The submission tracker of a period (filters as on its page), as xlsx or pdf")
    public Response tracker(@PathParam("format") String format, @QueryParam("period") Long period, @QueryParam("bloc") String bloc,
                            @QueryParam("committee") Long committee, @QueryParam("sector") String sector, @QueryParam("status") String status) {
        return export("tracker", format, new ExportFilter(period, bloc, committee, sector, null, null, status, false));
    }

    @GET
    @Path("matrix.{format}")
    @Operation(summary = "The dissemination matrix (units × documents), as xlsx or pdf")
    public Response matrix(@PathParam("format") String format, @QueryParam("bloc") String bloc, @QueryParam("period") Long period) {
        return export("matrix", format, new ExportFilter(period, bloc, null, null, null, null, null, false));
    }

    @GET
    @Path("issues.{format}")
    @Operation(summary = "The register of difficulties and proposals (filters as in /issues), as xlsx or pdf")
    public Response issues(@PathParam("format") String format, @QueryParam("period") Long period, @QueryParam("bloc") String bloc,
                           @QueryParam("status") String status) {
        return export("issues", format, new ExportFilter(period, bloc, null, null, null, null, status, false));
    }

    @GET
    @Path("ratings.{format}")
    @Operation(summary = "The rating results of a year (this year when not given) in the form the board sends up, as xlsx or pdf")
    public Response ratings(@PathParam("format") String format, @QueryParam("year") Integer year, @QueryParam("bloc") String bloc,
                            @QueryParam("committee") Long committee) {
        return export("ratings", format, new ExportFilter(null, bloc, committee, null, null, null, null, false, year));
    }

    @GET
    @Path("officers.{format}")
    @Operation(summary = "Every officer post of the units in scope, a personal-data export: organisation board staff only, written to the audit trail")
    public Response officers(@PathParam("format") String format, @QueryParam("bloc") String bloc, @QueryParam("committee") Long committee) {
        return export("officers", format, new ExportFilter(null, bloc, committee, null, null, null, null, false));
    }

    @GET
    @Path("candidates.{format}")
    @Operation(summary = "The candidates of the admission pipeline under a committee and/or bloc (status=OVERDUE: only the overdue), as xlsx or pdf; personal data: the owning board's staff only, audited")
    public Response candidates(@PathParam("format") String format, @QueryParam("bloc") String bloc, @QueryParam("committee") Long committee,
                               @QueryParam("status") String status) {
        return export("candidates", format, new ExportFilter(null, bloc, committee, null, null, null, status, false));
    }

    /** The table is made (access checked, its data read) before the format is looked at, as the response starts. */
    private Response export(String name, String format, ExportFilter filter) {
        ExportedTable exported = tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound("export " + name));
        TableExport table = exported.table(filter, locale());
        return switch (format) {
            case "xlsx" -> Response.ok((StreamingOutput) table::xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .header("Content-Disposition", "attachment; filename=\"" + exported.fileName() + ".xlsx\"").build();
            case "pdf" -> Response.ok((StreamingOutput) table::pdf, "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + exported.fileName() + ".pdf\"").build();
            default -> throw new NotFound("format " + format);
        };
    }

    private Locale locale() {
        return Messages.supported(headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0));
    }
}
