package vn.partytrack.officer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.VietnameseFormat;
import vn.partytrack.platform.export.ExportFilter;
import vn.partytrack.platform.export.ExportedTable;
import vn.partytrack.platform.export.TableExport;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The officer posts of the units in scope: personal data, for the organisation board's staff, logged when made. */
@ApplicationScoped
public class OfficerExport implements ExportedTable {

    @Inject
    OfficerService officers;

    @Override
    public String name() {
        return "officers";
    }

    @Override
    public String fileName() {
        return "can-bo-chu-chot";
    }

    @Override
    public TableExport table(ExportFilter f, Locale locale) {
        List<OfficerService.ExportLine> lines = officers.export(Text.nullIfBlank(f.bloc()), f.committee());
        List<String> columns = List.of("#", t(locale, "organisation.code"), t(locale, "organisation.name"), t(locale, "officer.kind"),
                t(locale, "officer.personName"), t(locale, "officer.heldFrom"), t(locale, "officer.heldTo"), t(locale, "officer.cameBy"),
                t(locale, "officer.decisionNo"), t(locale, "officer.decisionOn"), t(locale, "officer.decisionIssuer"), t(locale, "officer.leftBy"));
        return new TableExport(t(locale, "officer.export.title"), columns, sink -> {
            int n = 1;
            for (OfficerService.ExportLine l : lines) {
                sink.accept(Arrays.asList(n++, l.organisationCode(), l.organisationName(), t(locale, "officer.kind." + l.kind()),
                        l.personName(), VietnameseFormat.date(l.heldFrom()), VietnameseFormat.date(l.heldTo()),
                        t(locale, "officer.cameBy." + l.cameBy()), l.decisionNo() == null ? "" : l.decisionNo(),
                        VietnameseFormat.date(l.decisionOn()), l.decisionIssuer() == null ? "" : l.decisionIssuer(),
                        l.leftBy() == null ? "" : t(locale, "officer.leftBy." + l.leftBy())));
            }
        });
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
