package vn.partytrack.synthesis.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.partytrack.period.PeriodRow;
import vn.partytrack.period.PeriodService;
import vn.partytrack.platform.AccessDenied;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.web.DefaultBloc;
import vn.partytrack.platform.web.FacesFeedback;
import vn.partytrack.synthesis.DocumentWriter;
import vn.partytrack.synthesis.SynthesisDocument;
import vn.partytrack.synthesis.SynthesisService;
import vn.partytrack.synthesis.SynthesisVersion;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The synthesis report: draft from the data, edit, download, finalise; earlier versions to download again. */
@Named
@ViewScoped
public class SynthesisPage implements Serializable {

    @Inject
    SynthesisService synthesis;

    @Inject
    PeriodService periods;

    private String bloc = DefaultBloc.code();
    private Long periodId;
    private Long committee;
    private List<PeriodRow> periodChoices = List.of();
    private String number;
    private String placeAndDate;
    private String subtitle;
    private SynthesisDocument draft;
    private List<Section> sections = new ArrayList<>();
    private List<SynthesisVersion> versions = List.of();
    private final Map<String, String> errors = new HashMap<>();

    /** An editable section. */
    public static class Section implements Serializable {
        private final String heading;
        private String body;

        Section(String heading, String body) {
            this.heading = heading;
            this.body = body;
        }

        public String getHeading() { return heading; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
    }

    public void load() {
        if (draft != null) {
            return;
        }
        try {
            periodChoices = periods.list();
            if (periodId == null) {
                PeriodRow current = periods.current();
                periodId = current == null ? null : current.id();
            }
            if (periodId != null) {
                generate();
            }
        } catch (AccessDenied e) {
            FacesFeedback.sendError(403);
        }
    }

    /** A fresh draft from the data; what was edited is replaced. */
    public void generate() {
        try {
            draft = synthesis.draft(bloc, periodId, committee);
        } catch (InvalidInput e) {
            draft = null;
            sections = new ArrayList<>();
            versions = synthesis.versions(bloc, periodId, committee);
            FacesFeedback.show(e, "synthesis");
            return;
        }
        number = draft.number();
        placeAndDate = draft.placeAndDate();
        subtitle = draft.subtitle();
        sections = new ArrayList<>();
        draft.sections().forEach(s -> sections.add(new Section(s.heading(), s.body())));
        versions = synthesis.versions(bloc, periodId, committee);
    }

    public void finalise() {
        if (FacesFeedback.attempt(() -> synthesis.finalise(bloc, periodId, committee, edited()), "synthesis.finalised", errors, "")) {
            versions = synthesis.versions(bloc, periodId, committee);
        }
    }

    public StreamedContent getDocx() {
        byte[] bytes = DocumentWriter.docx(edited());
        return DefaultStreamedContent.builder().name("bao-cao-tong-hop.docx")
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public StreamedContent getPdf() {
        byte[] bytes = DocumentWriter.pdf(edited());
        return DefaultStreamedContent.builder().name("bao-cao-tong-hop.pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private SynthesisDocument edited() {
        List<SynthesisDocument.Section> edited = sections.stream().map(s -> new SynthesisDocument.Section(s.getHeading(), s.getBody())).toList();
        return new SynthesisDocument(draft.superiorCommittee(), draft.committee(), number, placeAndDate, draft.title(), subtitle, edited,
                draft.signatoryHeading(), draft.signerTitle(), draft.signerName(), draft.recipients());
    }

    public List<SynthesisService.Committee> getCommitteeChoices() { return synthesis.committees(); }
    public Long getCommittee() { return committee; }
    public void setCommittee(Long committee) { this.committee = committee; }
    public String getBloc() { return bloc; }
    public void setBloc(String bloc) { this.bloc = FacesFeedback.code(bloc); }
    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public List<PeriodRow> getPeriodChoices() { return periodChoices; }
    public SynthesisDocument getDraft() { return draft; }
    public List<Section> getSections() { return sections; }
    public List<SynthesisVersion> getVersions() { return versions; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getPlaceAndDate() { return placeAndDate; }
    public void setPlaceAndDate(String placeAndDate) { this.placeAndDate = placeAndDate; }
    public String getSubtitle() { return subtitle; }
    public void setSubtitle(String subtitle) { this.subtitle = subtitle; }
    public String error(String field) { return errors.get(field); }
}
