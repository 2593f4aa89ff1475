package vn.partytrack.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.account.Caller;
import vn.partytrack.account.Role;
import vn.partytrack.dashboard.BlocOverview;
import vn.partytrack.dashboard.BlocSummary;
import vn.partytrack.organisation.OrganisationDetails;
import vn.partytrack.organisation.OrganisationService;

/** The home page: a secretary sees their organisation's card, everyone else the chosen bloc's counts. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    Caller caller;

    @Inject
    BlocOverview overview;

    @Inject
    OrganisationService organisations;

    private String bloc = "HCSN";
    private BlocSummary summary;
    private OrganisationDetails ownOrganisation;

    public void load() {
        if (caller.is(Role.SECRETARY)) {
            ownOrganisation = organisations.get(caller.organisationId());
        } else {
            summary = overview.summary(bloc);
        }
    }

    public String getBloc() { return bloc; }
    public void setBloc(String bloc) { this.bloc = bloc == null || bloc.isBlank() ? "HCSN" : bloc; }
    public BlocSummary getSummary() { return summary; }
    public OrganisationDetails getOwnOrganisation() { return ownOrganisation; }
}
