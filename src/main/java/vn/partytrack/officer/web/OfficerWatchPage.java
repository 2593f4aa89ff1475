package vn.partytrack.officer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.officer.OfficerCounts;
import vn.partytrack.officer.OfficerService;
import vn.partytrack.officer.OfficerWatch;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.web.FacesFeedback;

/**
 * What district readers watch: posts vacant too long, terms ending, and the counts leadership sees; no person. The
 * organisation board's staff also get the export of the records.
 */
@Named("officerWatchPage")
@RequestScoped
public class OfficerWatchPage {

    @Inject
    OfficerService officers;

    private String bloc;
    private OfficerWatch watch;
    private OfficerCounts counts;
    private boolean exportable;

    public void load() {
        bloc = FacesFeedback.codeParameter("bloc", null);
        try {
            watch = officers.watch(bloc, null);
            counts = officers.counts(bloc, null);
            exportable = officers.ownsRecords();
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        }
    }

    public String getBloc() { return bloc; }
    public void setBloc(String bloc) { this.bloc = bloc; }
    public OfficerWatch getWatch() { return watch; }
    public OfficerCounts getCounts() { return counts; }
    public boolean isExportable() { return exportable; }
}
