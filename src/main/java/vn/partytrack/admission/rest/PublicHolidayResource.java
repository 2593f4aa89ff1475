package vn.partytrack.admission.rest;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partytrack.admission.PublicHolidays;
import vn.partytrack.admission.PublicHolidays.Holiday;
import vn.partytrack.admission.PublicHolidays.HolidayForm;

import java.util.List;

/** /api/v1/public-holidays: the days off the admission deadlines skip; kept by Ban Tổ chức's staff. */
@Path("public-holidays")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Public holidays", description = "Days off (New Year, Tết, Hùng Kings, 30/4, 1/5, 2/9) the working-day deadlines skip")
public class PublicHolidayResource {

    @Inject
    PublicHolidays holidays;

    @GET
    @Operation(summary = "The public holidays of a year (all without one), with those not yet checked against the official schedule marked estimate")
    public List<Holiday> list(@QueryParam("year") Integer year) {
        return holidays.list(year);
    }

    @PUT
    @Path("{day}")
    @Operation(summary = "Add or correct a public holiday (yyyy-MM-dd): Vietnamese and English names, estimate or not (Organisation Board staff, administrators)")
    public Holiday save(@PathParam("day") String day, HolidayForm form) {
        return holidays.save(day, form);
    }

    @POST
    @Path("{day}/remove")
    @Operation(summary = "Remove a public holiday (Organisation Board staff, administrators); deadlines count it as a working day from the next request")
    public void remove(@PathParam("day") String day) {
        holidays.remove(day);
    }
}
