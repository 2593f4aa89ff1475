package vn.partytrack.directive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.VietnameseFormat;
import vn.partytrack.platform.export.ExportFilter;
import vn.partytrack.platform.export.ExportedTable;
import vn.partytrack.platform.export.TableExport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The dissemination matrix: units × documents, each cell the status and the attendance. */
@ApplicationScoped
public class MatrixExport implements ExportedTable {

    @Inject
    DisseminationMatrixQuery matrices;

    @Override
    public String name() {
        return "matrix";
    }

    @Override
    public String fileName() {
        return "quan-triet-nghi-quyet";
    }

    @Override
    public TableExport table(ExportFilter f, Locale locale) {
        DisseminationMatrix m = matrices.matrix(Text.nullIfBlank(f.bloc()), f.period());
        List<String> columns = new ArrayList<>(List.of(t(locale, "organisation.name")));
        m.directives().forEach(d -> columns.add(d.number()));
        return new TableExport(t(locale, "directive.matrix.title"), columns, sink -> {
            for (DisseminationMatrix.Unit u : m.units()) {
                List<Object> row = new ArrayList<>(List.of(u.name()));
                for (DirectiveRow d : m.directives()) {
                    MatrixCell c = m.cell(u.id(), d.id());
                    row.add(c == null ? "" : t(locale, c.status() == null ? "status.MISSING" : "status." + c.status().name())
                            + (c.attendance() == null ? "" : " " + VietnameseFormat.percent(c.attendance(), locale)));
                }
                sink.accept(row);
            }
        });
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
