package vn.partytrack.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. Clients authenticate with HTTP Basic against PartyTrack accounts. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "PartyTrack API", version = "1",
                description = "Tổ chức cơ sở đảng, kỳ báo cáo và báo cáo định kỳ / Party organisations, periods and reports"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
}
