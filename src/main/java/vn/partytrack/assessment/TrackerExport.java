package vn.partytrack.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.organisation.ReferenceData;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.VietnameseFormat;
import vn.partytrack.platform.export.ExportFilter;
import vn.partytrack.platform.export.ExportedTable;
import vn.partytrack.platform.export.TableExport;

import java.util.List;
import java.util.Locale;

/** The submission tracker of a period, with the filters of its page. */
@ApplicationScoped
public class TrackerExport implements ExportedTable {

    @Inject
    SubmissionTracker tracker;

    @Inject
    OrganisationService organisations;

    @Inject
    ReferenceData reference;

    @Override
    public String name() {
        return "tracker";
    }

    @Override
    public String fileName() {
        return "tien-do-nop-bao-cao";
    }

    @Override
    public TableExport table(ExportFilter f, Locale locale) {
        TrackerView view = tracker.track(f.period(), organisations.scope(Text.nullIfBlank(f.bloc()), f.committee()), Text.nullIfBlank(f.sector()));
        List<ReportRow> rows = view.withStatus(Text.nullIfBlank(f.status()));
        List<String> columns = List.of(t(locale, "organisation.name"), t(locale, "organisation.sector"), t(locale, "report.status"),
                t(locale, "report.firstSubmitted"), t(locale, "report.timeliness"), t(locale, "report.returnReason"));
        return new TableExport(t(locale, "tracker.title"), columns, sink -> rows.forEach(r -> sink.accept(List.of(
                r.organisationName(), reference.sectorName(r.sectorCode(), locale),
                t(locale, r.status() == null ? "status.MISSING" : "status." + r.status().name()),
                VietnameseFormat.dateTime(r.firstSubmittedAt()),
                Messages.text(locale, r.timeliness().messageKey(), r.timeliness().days()),
                r.lastReturnReason() == null ? "" : r.lastReturnReason()))));
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
