package vn.partytrack.meeting.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partytrack.assessment.IssueRow;
import vn.partytrack.meeting.AssignmentRow;
import vn.partytrack.meeting.FollowUp;
import vn.partytrack.meeting.MeetingDetails;
import vn.partytrack.meeting.MeetingForm;
import vn.partytrack.meeting.MeetingRow;
import vn.partytrack.meeting.MeetingRegister;
import vn.partytrack.meeting.MeetingService;
import vn.partytrack.meeting.TaskForm;
import vn.partytrack.meeting.TaskService;
import vn.partytrack.meeting.TaskTracker;
import vn.partytrack.platform.InvalidInput;

import java.time.LocalDate;
import java.util.List;

/** /api/v1/meetings: review meetings, the items raised there, the chair's tasks; /api/v1/meetings/own-tasks for a unit. */
@Path("meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review meetings")
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @Inject
    MeetingRegister register;

    @Inject
    TaskService tasks;

    @Inject
    TaskTracker tracker;

    /** A difficulty or proposal raised at the meeting: the unit, DIFFICULTY or PROPOSAL, and the text. */
    public record Raised(Long organisationId, String kind, String body) {
    }

    /** A unit's report on its task: DONE (with the date) or OPEN, a note, and the version read. */
    public record Completion(String status, String note, LocalDate doneOn, Long version) {
    }

    @GET
    @Operation(summary = "Meetings of a bloc and period, newest first, with how far their tasks are done (district readers)")
    public List<MeetingRow> list(@QueryParam("bloc") String bloc, @QueryParam("period") Long period) {
        return register.list(bloc, period);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A meeting: attendance, conclusion, items raised, tasks with each unit's completion")
    public MeetingDetails get(@PathParam("id") long id) {
        return register.get(id);
    }

    @POST
    @Operation(summary = "Record a meeting (district staff)")
    public Response create(MeetingForm form, @Context UriInfo uri) {
        Long id = meetings.create(form == null ? new MeetingForm() : form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(register.get(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a meeting (district staff); send the version you read")
    public MeetingDetails update(@PathParam("id") long id, MeetingForm form) {
        meetings.update(id, form == null ? new MeetingForm() : form);
        return register.get(id);
    }

    @POST
    @Path("{id}/issues")
    @Operation(summary = "Enter a difficulty or proposal a unit raised at the meeting into the issue register (district staff)")
    public Response raise(@PathParam("id") long id, Raised raised) {
        IssueRow row = raised == null ? meetings.raise(id, null, null, null) : meetings.raise(id, raised.organisationId(), raised.kind(), raised.body());
        return Response.status(Response.Status.CREATED).entity(row).build();
    }

    @POST
    @Path("{id}/tasks")
    @Operation(summary = "Add a concluding task for all units of the meeting's bloc or chosen ones (district staff)")
    public Response addTask(@PathParam("id") long id, TaskForm form) {
        tasks.addTask(id, form == null ? new TaskForm() : form);
        return Response.status(Response.Status.CREATED).entity(register.get(id)).build();
    }

    @PUT
    @Path("tasks/{taskId}")
    @Operation(summary = "Change a task's text or deadline, or give it to more units (district staff); send the version you read")
    public void updateTask(@PathParam("taskId") long taskId, TaskForm form) {
        tasks.updateTask(taskId, form == null ? new TaskForm() : form);
    }

    @GET
    @Path("follow-up")
    @Operation(summary = "Tasks of a bloc's meetings in a period: done, overdue and the open ones (district readers)")
    public FollowUp followUp(@QueryParam("bloc") String bloc, @QueryParam("period") Long period) {
        if (period == null) {
            throw new InvalidInput("period", "field.required");
        }
        return tracker.followUp(bloc, period);
    }

    @GET
    @Path("own-tasks")
    @Operation(summary = "The tasks given to the caller's own unit (unit secretaries)")
    public List<AssignmentRow> ownTasks() {
        return tracker.ownTasks();
    }

    @PUT
    @Path("own-tasks/{assignmentId}")
    @Operation(summary = "Report on the own unit's task: DONE with the date, or OPEN with progress (its secretary)")
    public AssignmentRow report(@PathParam("assignmentId") long assignmentId, Completion completion) {
        return completion == null ? tasks.report(assignmentId, null, null, null, null)
                : tasks.report(assignmentId, completion.status(), completion.note(), completion.doneOn(), completion.version());
    }
}
