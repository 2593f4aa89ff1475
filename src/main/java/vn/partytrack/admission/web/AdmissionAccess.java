package vn.partytrack.admission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.admission.CandidateService;

/** For the menu: whether the caller is one of the owning board's staff, who follow the overdue admission steps. */
@Named("admissionAccess")
@RequestScoped
public class AdmissionAccess {

    @Inject
    CandidateService candidates;

    public boolean isOwnerStaff() {
        return candidates.isOwnerStaff();
    }
}
