package vn.partytrack.rating.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.organisation.Scope;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.Opened;
import vn.partytrack.platform.Page;
import vn.partytrack.rating.LevelDistribution;
import vn.partytrack.rating.LevelDistributions;
import vn.partytrack.rating.RatingDeadlines;
import vn.partytrack.rating.RatingDetails;
import vn.partytrack.rating.RatingForm;
import vn.partytrack.rating.RatingRow;
import vn.partytrack.rating.RatingService;
import vn.partytrack.rating.RatingTrackerView;
import vn.partytrack.rating.RuleSet;
import vn.partytrack.rating.RuleSetEditor;
import vn.partytrack.platform.Text;
import vn.partytrack.synthesis.DocumentWriter;
import vn.partytrack.synthesis.RatingReport;
import vn.partytrack.synthesis.SynthesisDocument;
import vn.partytrack.review.rest.ReviewRequests;
import vn.partytrack.review.rest.ReviewRequests.Reason;
import vn.partytrack.review.rest.ReviewRequests.UnlockDecision;

import java.time.LocalDate;
import java.util.List;

/**
 * /api/v1/ratings: the annual quality rating (kiểm điểm, đánh giá, xếp loại chất lượng) with the same workflow and
 * access rules as the pages, through {@link RatingService}: the secretary's self-assessment, the board's appraisal,
 * the standing committee's decision.
 */
@Path("ratings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ratings", description = "Annual quality assessment and rating of grassroots organisations")
public class RatingResource {

    @Inject
    RatingService ratings;

    @Inject
    OrganisationService organisations;

    @Inject
    RatingDeadlines deadlines;

    @Inject
    LevelDistributions levels;

    @Inject
    RatingReport reports;

    @Inject
    RuleSetEditor editor;

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Which rating to open: an organisation's for a year. */
    public record RatingOpenRequest(Long organisationId, Integer year) {
    }

    /** The board's appraisal: the proposed level (HTXS, HTT, HT, KHT as the year's rule set has them) and a note. */
    public record Appraisal(String level, String note, Long version) {
    }

    /** The standing committee's decision: level, decision number and date, and the reason where one is needed. */
    public record RatingDecision(String level, String decisionNumber, LocalDate decisionDate, String reason, Long version) {
    }

    /** The day by which the organisations send their self-assessment. */
    public record DeadlineRequest(LocalDate selfAssessmentDue) {
    }

    @GET
    @Path("deadlines/{year}")
    @Operation(summary = "The day of a year by which the organisations send their self-assessment (the board's, else the configured default)")
    public RatingDeadlines.Deadline deadline(@PathParam("year") int year) {
        return deadlines.read(year);
    }

    @PUT
    @Path("deadlines/{year}")
    @Operation(summary = "Set a year's self-assessment deadline, from the board's plan; reminders go out before and after it (board staff, administrators)")
    public RatingDeadlines.Deadline setDeadline(@PathParam("year") int year, DeadlineRequest request) {
        return deadlines.set(year, request == null ? null : request.selfAssessmentDue());
    }

    @GET
    @Path("rule-sets/{code}")
    @Operation(summary = "A rating rule set with its version and whether it is frozen (a rating decided under it)")
    public RuleSetEditor.Editable ruleSet(@PathParam("code") String code) {
        return editor.get(code);
    }

    @PUT
    @Path("rule-sets/{code}")
    @Operation(summary = "Adjust a rule set's thresholds (quotas, disciplined cap, override, minimum scores, names); 409 once a rating was decided under it (administrators)")
    public RuleSetEditor.Editable adjustRuleSet(@PathParam("code") String code, RuleSetEditor.Thresholds thresholds) {
        return editor.adjust(code, thresholds);
    }

    @POST
    @Path("rule-sets")
    @Operation(summary = "Add a year's rule set as a copy of another; the set that covered that year ends the year before (administrators)")
    public Response createRuleSet(RuleSetEditor.NewRuleSet request, @Context UriInfo uri) {
        RuleSetEditor.Editable created = editor.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.rules().code()).build()).entity(created).build();
    }

    @GET
    @Path("rule-sets")
    @Operation(summary = "The rating rule sets (QĐ 132, QĐ 124, QĐ 366…) with their years, levels, criteria, exemptions and quotas")
    public List<RuleSet> ruleSets() {
        return ratings.ruleSets();
    }

    @GET
    @Operation(summary = "Ratings by year and organisation, within the caller's scope (a secretary: their own)")
    public Page<RatingRow> list(@QueryParam("year") Integer year, @QueryParam("organisation") Long organisation,
                                @QueryParam("offset") @DefaultValue("0") int offset,
                                @QueryParam("limit") @DefaultValue("50") int limit) {
        Page.requireValid(offset, limit);
        return ratings.list(year, organisation, offset, limit);
    }

    @GET
    @Path("tracker")
    @Operation(summary = "The rating tracker of a year: every grassroots unit of a bloc and/or committee with its stage and levels (district readers)")
    public RatingTrackerView tracker(@QueryParam("year") @Parameter(required = true) Integer year,
                                     @QueryParam("bloc") String bloc, @QueryParam("committee") Long committee) {
        Scope scope = readable(year, bloc, committee);
        return ratings.track(year, scope);
    }

    @GET
    @Path("distribution")
    @Operation(summary = "The levels decided over five years up to a year, in all, by bloc and by superior committee, with the units rated excellent two or more years running and those that did not complete their tasks (district readers)")
    public LevelDistribution distribution(@QueryParam("year") @Parameter(required = true) Integer year,
                                          @QueryParam("bloc") String bloc, @QueryParam("committee") Long committee) {
        Scope scope = readable(year, bloc, committee);
        return levels.of(year, scope);
    }

    /** The units of a bloc and/or committee the caller reads for a year: who may read them is decided first, then the input. */
    private Scope readable(Integer year, String bloc, Long committee) {
        Scope scope = organisations.scope(Text.nullIfBlank(bloc), committee);
        if (year == null) {
            throw new InvalidInput("year", "field.required");
        }
        return scope;
    }

    @GET
    @Path("report")
    @Operation(summary = "The report on the year's rating (Báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên) written from the decisions, for a bloc (empty: the whole committee) and a committee (empty: the single profiled one) (district readers)")
    public SynthesisDocument report(@QueryParam("year") @Parameter(required = true) Integer year, @QueryParam("bloc") String bloc,
                                    @QueryParam("committee") Long committee) {
        return reports.draft(year, Text.nullIfBlank(bloc), committee);
    }

    @GET
    @Path("report.docx")
    @Produces(DOCX)
    @Operation(summary = "The report on the year's rating as a Word document in the Party layout (district readers)")
    public Response reportDocx(@QueryParam("year") @Parameter(required = true) Integer year, @QueryParam("bloc") String bloc,
                               @QueryParam("committee") Long committee) {
        return file(DocumentWriter.docx(reports.draft(year, Text.nullIfBlank(bloc), committee)), DOCX, "bao-cao-xep-loai-" + year + ".docx");
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The report on the year's rating as a PDF in the Party layout (district readers)")
    public Response reportPdf(@QueryParam("year") @Parameter(required = true) Integer year, @QueryParam("bloc") String bloc,
                              @QueryParam("committee") Long committee) {
        return file(DocumentWriter.pdf(reports.draft(year, Text.nullIfBlank(bloc), committee)), "application/pdf", "bao-cao-xep-loai-" + year + ".pdf");
    }

    private static Response file(byte[] bytes, String type, String name) {
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Operation(summary = "Open an organisation's rating for a year, creating the draft under the year's rule set if needed (its secretary)")
    public Response open(RatingOpenRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInput("organisationId", "field.required");
        }
        Opened opened = ratings.open(request.organisationId(), request.year());
        RatingDetails details = ratings.get(opened.id());
        if (!opened.created()) {
            return Response.ok(details).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(opened.id())).build()).entity(details).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A rating: self-assessment, appraisal, decision, the checks for the level in question, history")
    public RatingDetails get(@PathParam("id") long id) {
        return ratings.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save the self-assessment (incomplete is fine; counts must add up); send the version you read (its secretary)")
    public RatingDetails save(@PathParam("id") long id, RatingForm form) {
        return ratings.save(id, form == null ? new RatingForm() : form);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit the self-assessment: saves the content sent (if any), when complete and valid (its secretary)")
    public RatingDetails submit(@PathParam("id") long id, RatingForm form) {
        return ratings.submit(id, form);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return the self-assessment for correction, with a reason (board staff)")
    public RatingDetails returnForCorrection(@PathParam("id") long id, Reason reason) {
        return ReviewRequests.returnForCorrection(ratings, id, reason);
    }

    @POST
    @Path("{id}/appraisal")
    @Operation(summary = "Appraise: the level the board proposes, which accepts the self-assessment (board staff)")
    public RatingDetails appraise(@PathParam("id") long id, Appraisal appraisal) {
        return appraisal == null ? ratings.appraise(id, null, null, null)
                : ratings.appraise(id, appraisal.level(), appraisal.note(), appraisal.version());
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Decide the level, with the decision number and date; a reason when it differs from the proposal or overrides a check (standing committee)")
    public RatingDetails decide(@PathParam("id") long id, RatingDecision decision) {
        return decision == null ? ratings.decide(id, null, null, null, null, null)
                : ratings.decide(id, decision.level(), decision.decisionNumber(), decision.decisionDate(), decision.reason(), decision.version());
    }

    @POST
    @Path("{id}/unlock-request")
    @Operation(summary = "Ask to reopen an appraised, undecided rating, with a reason (its secretary)")
    public RatingDetails requestUnlock(@PathParam("id") long id, Reason reason) {
        return ReviewRequests.requestUnlock(ratings, id, reason);
    }

    @POST
    @Path("{id}/unlock-decision")
    @Operation(summary = "Grant or refuse an unlock request (board staff)")
    public RatingDetails decideUnlock(@PathParam("id") long id, UnlockDecision decision) {
        return ReviewRequests.decideUnlock(ratings, id, decision);
    }

    @POST
    @Path("{id}/comments")
    @Operation(summary = "Add a comment to the history (board staff and its secretary)")
    public RatingDetails comment(@PathParam("id") long id, Reason text) {
        return ReviewRequests.comment(ratings, id, text);
    }
}
