package vn.partytrack.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A concluding task: what, by when, for all units of the meeting's bloc or for the chosen ones. */
public class TaskForm implements Serializable {

    @NotBlank(message = "{field.required}")
    @Size(max = 2000, message = "{field.tooLong}")
    private String body;

    @NotNull(message = "{field.required}")
    private LocalDate deadline;

    private boolean allUnits = true;
    private List<Long> organisationIds = new ArrayList<>();
    private Long version;

    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public boolean isAllUnits() { return allUnits; }
    public void setAllUnits(boolean allUnits) { this.allUnits = allUnits; }
    public List<Long> getOrganisationIds() { return organisationIds; }
    public void setOrganisationIds(List<Long> organisationIds) { this.organisationIds = organisationIds == null ? new ArrayList<>() : organisationIds; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
