package vn.partytrack.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether this installation carries the fictional sample data: every page then says so. */
@Named
@ApplicationScoped
public class SampleData {

    @Inject
    @ConfigProperty(name = "partytrack.sample-data", defaultValue = "false")
    boolean enabled;

    public boolean isEnabled() {
        return enabled;
    }
}
