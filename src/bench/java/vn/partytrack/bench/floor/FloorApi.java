package vn.partytrack.bench.floor;

import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

@ApplicationPath("api")
public class FloorApi extends Application {

    @Path("items")
    public static class Items {

        @Inject
        FloorItems items;

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String count() {
            return String.valueOf(items.count());
        }
    }
}
