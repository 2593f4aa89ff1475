package vn.partytrack.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partytrack.organisation.ReferenceData;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.export.ExportFilter;
import vn.partytrack.platform.export.ExportedTable;
import vn.partytrack.platform.export.TableExport;

import java.util.List;
import java.util.Locale;

/** The register of difficulties and proposals (filters as in /issues). */
@ApplicationScoped
public class IssueExport implements ExportedTable {

    @Inject
    IssueRegister issues;

    @Inject
    ReferenceData reference;

    @Override
    public String name() {
        return "issues";
    }

    @Override
    public String fileName() {
        return "kho-khan-kien-nghi";
    }

    @Override
    public TableExport table(ExportFilter f, Locale locale) {
        List<IssueRow> rows = issues.list(f.period(), Text.nullIfBlank(f.bloc()), Text.nullIfBlank(f.status()));
        List<String> columns = List.of(t(locale, "organisation.name"), t(locale, "report.period"), t(locale, "issue.kind"),
                t(locale, "issue.body"), t(locale, "directive.ownerBoard"), t(locale, "issue.response"), t(locale, "report.status"));
        return new TableExport(t(locale, "issue.title"), columns, sink -> rows.forEach(i -> sink.accept(List.of(
                i.organisationName(), i.periodCode(), t(locale, "report.item." + i.kind().name()), i.body(),
                i.ownerBoardCode() == null ? "" : reference.boardName(i.ownerBoardCode(), locale),
                i.response() == null ? "" : i.response(), t(locale, "issue.status." + i.status())))));
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
