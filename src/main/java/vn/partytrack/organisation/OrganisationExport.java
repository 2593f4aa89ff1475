package vn.partytrack.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.export.ExportFilter;
import vn.partytrack.platform.export.ExportedTable;
import vn.partytrack.platform.export.TableExport;

import java.util.List;
import java.util.Locale;

/** The organisation list (filters as in /organisations), a page of rows at a time. */
@ApplicationScoped
public class OrganisationExport implements ExportedTable {

    private static final int PAGE = 1000;

    @Inject
    OrganisationService organisations;

    @Inject
    ReferenceData reference;

    @Override
    public String name() {
        return "organisations";
    }

    @Override
    public String fileName() {
        return "to-chuc-dang";
    }

    @Override
    public TableExport table(ExportFilter f, Locale locale) {
        OrganisationFilter filter = new OrganisationFilter(f.bloc(), f.sector(), f.type(), f.search(), f.includeInactive(), "name", false);
        organisations.count(filter);   // access is checked before the response starts
        List<String> columns = List.of(t(locale, "organisation.code"), t(locale, "organisation.name"), t(locale, "organisation.type"),
                t(locale, "organisation.bloc"), t(locale, "organisation.sector"), t(locale, "organisation.membersTotal"), t(locale, "organisation.secretary"));
        return new TableExport(t(locale, "organisation.list.title"), columns, sink -> {
            for (int offset = 0; ; offset += PAGE) {
                List<OrganisationRow> page = organisations.rows(filter, offset, PAGE);
                for (OrganisationRow o : page) {
                    sink.accept(List.of(o.code(), o.name(), reference.typeName(o.typeCode(), locale), reference.blocName(o.blocCode(), locale),
                            reference.sectorName(o.sectorCode(), locale), o.membersTotal(), o.secretaryName() == null ? "" : o.secretaryName()));
                }
                if (page.size() < PAGE) {
                    return;
                }
            }
        });
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
