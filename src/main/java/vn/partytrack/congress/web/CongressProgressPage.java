package vn.partytrack.congress.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.congress.CongressProgress;
import vn.partytrack.congress.CongressProgressQuery;
import vn.partytrack.congress.CongressTerms;
import vn.partytrack.congress.TermRow;
import vn.partytrack.period.PeriodRow;
import vn.partytrack.period.PeriodService;
import vn.partytrack.congress.CongressStage;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.Messages;
import vn.partytrack.platform.NotFound;
import vn.partytrack.platform.web.Charts;
import vn.partytrack.platform.web.DefaultBloc;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Congress progress for a term: held, on schedule, pilots, units per stage, and who is late or stuck. */
@Named
@ViewScoped
public class CongressProgressPage implements Serializable {

    @Inject
    CongressTerms congressTerms;

    @Inject
    CongressProgressQuery congresses;

    @Inject
    PeriodService periods;

    private Long termId;
    private String bloc = DefaultBloc.code();
    /** The period whose figures are shown (as they stood at its cut-off, with what happened by its end); null: today. */
    private Long periodId;
    private List<PeriodRow> periodChoices = List.of();
    private List<TermRow> terms = List.of();
    private CongressProgress progress;
    private String chart;
    private Map<String, String> stageNames = Map.of();

    public void load() {
        if (progress != null) {
            return;
        }
        try {
            terms = congressTerms.terms();
            periodChoices = periods.list();
            if (termId == null && !terms.isEmpty()) {
                termId = terms.get(0).id();
            }
            if (termId != null) {
                refresh();
            }
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        } catch (NotFound e) {
            FacesFeedback.sendError(404);
        }
    }

    public void refresh() {
        Locale locale = FacesFeedback.locale();
        progress = congresses.progress(termId, bloc, periodId);
        Map<String, String> names = new HashMap<>();
        names.put("", Messages.text(locale, "congress.notStarted"));
        congressTerms.stages().forEach(s -> names.put(s.getCode(), s.name(locale)));
        stageNames = names;
        chart = chartOf(progress, locale);
    }

    /** A bar chart: how many units stand at each stage. */
    private String chartOf(CongressProgress p, Locale locale) {
        List<String> labels = new ArrayList<>(List.of(Messages.text(locale, "congress.notStarted")));
        List<Integer> counts = new ArrayList<>(List.of(p.atStage().getOrDefault("", 0)));
        for (CongressStage s : congressTerms.stages()) {
            labels.add(s.name(locale));
            counts.add(p.atStage().getOrDefault(s.getCode(), 0));
        }
        return Charts.bar(labels, List.of(new Charts.Series(Messages.text(locale, "congress.unitsAtStage"), counts, "#a50e0e")), true, false);
    }

    public Long getTermId() { return termId; }
    public void setTermId(Long termId) { this.termId = termId; }
    public String getBloc() { return bloc; }
    public void setBloc(String bloc) { this.bloc = FacesFeedback.code(bloc); }
    public List<TermRow> getTerms() { return terms; }
    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public List<PeriodRow> getPeriodChoices() { return periodChoices; }
    public CongressProgress getProgress() { return progress; }
    public String getChart() { return chart; }

    /** The stage's name in the page's language ("" is not started). */
    public String stageName(String code) {
        return stageNames.getOrDefault(code == null ? "" : code, code);
    }
}
