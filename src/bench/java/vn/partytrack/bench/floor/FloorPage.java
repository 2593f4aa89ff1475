package vn.partytrack.bench.floor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The backing bean of the floor's one page, login.xhtml. */
@Named
@RequestScoped
public class FloorPage {

    @Inject
    FloorItems items;

    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGreeting() {
        return "Xin chào";
    }
}
