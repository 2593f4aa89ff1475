package vn.partytrack.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.Text;
import vn.partytrack.platform.VietnameseFormat;
import vn.partytrack.platform.export.ExportFilter;
import vn.partytrack.platform.export.ExportedTable;
import vn.partytrack.platform.export.TableExport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rating results of a year as the board sends them up: one line per grassroots unit with its members at each
 * level, the exempted and those not reviewed, the level it proposed for itself, the board's proposal and the
 * standing committee's decision with its number and date. The same scope and access as the rating tracker.
 */
@ApplicationScoped
public class RatingExport implements ExportedTable {

    @Inject
    RatingService ratings;

    @Inject
    OrganisationService organisations;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "ratings";
    }

    @Override
    public String fileName() {
        return "ket-qua-xep-loai-chat-luong";
    }

    @Override
    public TableExport table(ExportFilter f, Locale locale) {
        var scope = organisations.scope(Text.nullIfBlank(f.bloc()), f.committee());
        int year = f.year() == null ? Clocks.today(clock).getYear() : f.year();
        RatingTrackerView view = ratings.track(year, scope);
        List<String> columns = List.of("#", t(locale, "organisation.name"), t(locale, "rating.membersTotal"), "HTXS", "HTT", "HT", "KHT",
                t(locale, "rating.membersExempted"), t(locale, "rating.membersNotReviewed"), t(locale, "rating.selfLevel"),
                t(locale, "rating.proposedLevel"), t(locale, "rating.decidedLevel"), t(locale, "rating.decisionNumber"),
                t(locale, "rating.decisionDate"));
        String title = Messages.text(locale, "rating.title", year);
        return new TableExport(title, columns, sink -> {
            int n = 1;
            for (RatingRow r : view.rows()) {
                List<Object> line = new ArrayList<>(java.util.Arrays.asList(n++, r.organisationName(), r.membersTotal(),
                        r.membersHtxs(), r.membersHtt(), r.membersHt(), r.membersKht(),
                        r.membersExempted(), r.membersNotReviewed(), level(locale, r.selfLevel()),
                        level(locale, r.proposedLevel()), level(locale, r.decidedLevel()),
                        r.decisionNumber() == null ? "" : r.decisionNumber(), VietnameseFormat.date(r.decisionDate())));
                sink.accept(line);
            }
        });
    }

    private static String level(Locale locale, String code) {
        return code == null ? "" : Messages.text(locale, "rating.level." + code);
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
