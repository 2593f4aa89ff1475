package vn.partytrack.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** A new account, as typed by an administrator. */
public class AccountForm implements Serializable {

    @NotBlank(message = "{account.username.required}")
    @Size(max = 60, message = "{field.tooLong}")
    @Pattern(regexp = "[a-z0-9._-]*", message = "{account.username.pattern}")
    private String username;

    @NotBlank(message = "{account.fullName.required}")
    @Size(max = 150, message = "{field.tooLong}")
    private String fullName;

    @Size(max = 200, message = "{field.tooLong}")
    @Email(message = "{account.email.invalid}")
    private String email;

    @NotNull(message = "{account.role.required}")
    private Role role;

    private String boardCode;

    private Long organisationId;

    /** For staff and leaders: the superior committee they work for (none: the whole registry). */
    private Long committeeId;

    @NotBlank(message = "{account.password.required}")
    @Size(min = 10, max = 200, message = "{account.password.size}")
    private String password;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getBoardCode() { return boardCode; }
    public void setBoardCode(String boardCode) { this.boardCode = boardCode; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Long getCommitteeId() { return committeeId; }
    public void setCommitteeId(Long committeeId) { this.committeeId = committeeId; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
