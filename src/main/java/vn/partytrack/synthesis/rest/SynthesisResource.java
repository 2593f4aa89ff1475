package vn.partytrack.synthesis.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.synthesis.DocumentWriter;
import vn.partytrack.synthesis.SynthesisDocument;
import vn.partytrack.synthesis.SynthesisService;
import vn.partytrack.synthesis.SynthesisVersion;

import java.util.List;

/** /api/v1/synthesis: the synthesis report, drafted from the data, finalised in versions, downloaded as DOCX or PDF. */
@Path("synthesis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Synthesis report")
public class SynthesisResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    SynthesisService synthesis;

    @GET
    @Path("draft")
    @Operation(summary = "The report drafted from the data as it stood in a period, for a bloc (empty: the whole committee) and a committee"
            + " (empty: the single profiled committee above the bloc's units; 400 naming committee when none or several) (district readers)")
    public SynthesisDocument draft(@QueryParam("bloc") String bloc, @QueryParam("period") Long period, @QueryParam("committee") Long committee) {
        return synthesis.draft(Text.nullIfBlank(bloc), required(period), committee);
    }

    @GET
    @Path("draft.docx")
    @Produces(DOCX)
    public Response draftDocx(@QueryParam("bloc") String bloc, @QueryParam("period") Long period, @QueryParam("committee") Long committee) {
        return file(DocumentWriter.docx(synthesis.draft(Text.nullIfBlank(bloc), required(period), committee)), DOCX, "bao-cao-tong-hop-du-thao.docx");
    }

    @GET
    @Path("draft.pdf")
    @Produces("application/pdf")
    public Response draftPdf(@QueryParam("bloc") String bloc, @QueryParam("period") Long period, @QueryParam("committee") Long committee) {
        return file(DocumentWriter.pdf(synthesis.draft(Text.nullIfBlank(bloc), required(period), committee)), "application/pdf", "bao-cao-tong-hop-du-thao.pdf");
    }

    @POST
    @Path("versions")
    @Operation(summary = "Finalise the (edited) report as the next version (district staff)")
    public Response finalise(@QueryParam("bloc") String bloc, @QueryParam("period") Long period, @QueryParam("committee") Long committee,
                             SynthesisDocument document) {
        return Response.status(Response.Status.CREATED).entity(synthesis.finalise(Text.nullIfBlank(bloc), required(period), committee, document))
                .build();
    }

    @GET
    @Path("versions")
    public List<SynthesisVersion> versions(@QueryParam("bloc") String bloc, @QueryParam("period") Long period,
                                           @QueryParam("committee") Long committee) {
        return synthesis.versions(Text.nullIfBlank(bloc), required(period), committee);
    }

    @GET
    @Path("versions/{id}.docx")
    @Produces(DOCX)
    public Response versionDocx(@PathParam("id") long id) {
        return file(synthesis.file(id, "docx"), DOCX, "bao-cao-tong-hop-" + id + ".docx");
    }

    @GET
    @Path("versions/{id}.pdf")
    @Produces("application/pdf")
    public Response versionPdf(@PathParam("id") long id) {
        return file(synthesis.file(id, "pdf"), "application/pdf", "bao-cao-tong-hop-" + id + ".pdf");
    }

    private static Response file(byte[] bytes, String type, String name) {
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static Long required(Long period) {
        if (period == null) {
            throw new InvalidInput("period", "field.required");
        }
        return period;
    }
}
