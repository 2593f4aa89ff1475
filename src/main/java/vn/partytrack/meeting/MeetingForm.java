package vn.partytrack.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A review meeting as district staff record it. */
public class MeetingForm implements Serializable {

    private String blocCode;

    @NotNull(message = "{field.required}")
    private Long periodId;

    @NotNull(message = "{field.required}")
    private LocalDate heldOn;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String chair;

    @Size(max = 300, message = "{field.tooLong}")
    private String place;

    @Size(max = 20000, message = "{field.tooLong}")
    private String conclusion;

    private List<String> boardCodes = new ArrayList<>();
    private List<Long> unitIds = new ArrayList<>();
    private Long version;

    static MeetingForm of(ReviewMeeting m) {
        MeetingForm f = new MeetingForm();
        f.blocCode = m.getBloc() == null ? null : m.getBloc().getCode();
        f.periodId = m.getPeriod().getId();
        f.heldOn = m.getHeldOn();
        f.chair = m.getChair();
        f.place = m.getPlace();
        f.conclusion = m.getConclusion();
        f.boardCodes = new ArrayList<>(m.getBoards().stream().map(b -> b.getCode()).sorted().toList());
        f.unitIds = new ArrayList<>(m.getUnits().stream().map(o -> o.getId()).sorted().toList());
        f.version = m.getVersion();
        return f;
    }

    public String getBlocCode() { return blocCode; }
    public void setBlocCode(String blocCode) { this.blocCode = blocCode; }
    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String conclusion) { this.conclusion = conclusion; }
    public List<String> getBoardCodes() { return boardCodes; }
    public void setBoardCodes(List<String> boardCodes) { this.boardCodes = boardCodes == null ? new ArrayList<>() : boardCodes; }
    public List<Long> getUnitIds() { return unitIds; }
    public void setUnitIds(List<Long> unitIds) { this.unitIds = unitIds == null ? new ArrayList<>() : unitIds; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
