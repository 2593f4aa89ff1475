package vn.partytrack.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.VietnameseFormat;
import vn.partytrack.platform.export.ExportFilter;
import vn.partytrack.platform.export.ExportedTable;
import vn.partytrack.platform.export.TableExport;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The candidates under a committee and/or bloc (only the overdue ones with {@code status=OVERDUE}), with their
 * stage and the deadline it waits for: personal data, so the owning board's staff only, and the export is audited.
 */
@ApplicationScoped
public class CandidateExport implements ExportedTable {

    @Inject
    CandidateService candidates;

    @Inject
    OrganisationService organisations;

    @Override
    public String name() {
        return "candidates";
    }

    @Override
    public String fileName() {
        return "phat-trien-dang-vien";
    }

    @Override
    public TableExport table(ExportFilter f, Locale locale) {
        var scope = organisations.scope(Text.nullIfBlank(f.bloc()), f.committee());
        boolean overdueOnly = "OVERDUE".equals(f.status());
        List<OverdueList.Item> rows = candidates.exportRows(scope, overdueOnly);
        List<String> columns = List.of("#", t(locale, "organisation.name"), t(locale, "admission.fullName"), t(locale, "admission.stage"),
                t(locale, "admission.followUp"), t(locale, "admission.due"), t(locale, "admission.overdueDays"));
        String title = t(locale, overdueOnly ? "admission.overdue.title" : "admission.title");
        return new TableExport(title, columns, sink -> {
            int n = 1;
            for (OverdueList.Item r : rows) {
                sink.accept(Arrays.asList(n++, r.organisationName(), r.fullName(), t(locale, "admission.stage." + r.stage().name()),
                        r.followUp() == null ? "" : t(locale, "admission.followUp." + r.followUp()), VietnameseFormat.date(r.due()),
                        r.overdueDays() == 0 ? "" : r.overdueDays()));
            }
        });
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
