package vn.partytrack.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.account.AccountForm;
import vn.partytrack.account.AccountRow;
import vn.partytrack.account.AccountService;
import vn.partytrack.account.Role;
import vn.partytrack.organisation.OrganisationFilter;
import vn.partytrack.organisation.OrganisationRow;
import vn.partytrack.organisation.OrganisationService;
import vn.partytrack.organisation.ReferenceItem;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.util.List;

/** Administrators: the accounts, a new account, password reset, disable and enable. */
@Named("accountListView") // the pages' name for it since it was AccountListView
@ViewScoped
public class AccountListPage implements Serializable {

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    private List<AccountRow> rows;
    private List<OrganisationRow> organisationChoices;
    private List<ReferenceItem> committeeChoices;
    private AccountForm form = new AccountForm();
    private Long resetId;
    private String newPassword;

    @PostConstruct
    void init() {
        rows = accounts.list();
        organisationChoices = organisations.rows(OrganisationFilter.all(), 0, 10_000);
        committeeChoices = organisations.committees();
    }

    public void create() {
        try {
            accounts.create(form);
            FacesFeedback.info("account.created", form.getUsername());
            form = new AccountForm();
            rows = accounts.list();
        } catch (InvalidInput e) {
            FacesFeedback.show(e, "newAccount");
        }
    }

    public void prepareReset(Long id) {
        resetId = id;
        newPassword = null;
    }

    public void resetPassword() {
        try {
            accounts.resetPassword(resetId, newPassword);
            FacesFeedback.info("account.passwordReset");
            rows = accounts.list();
        } catch (InvalidInput e) {
            FacesFeedback.show(e, "reset");
        }
        newPassword = null;
    }

    public void setEnabled(Long id, boolean enabled) {
        try {
            accounts.setEnabled(id, enabled);
            FacesFeedback.info(enabled ? "account.enabled" : "account.disabled");
        } catch (InvalidInput e) {
            FacesFeedback.show(e, "accounts");
        }
        rows = accounts.list();
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<OrganisationRow> getOrganisations() { return organisationChoices; }
    public List<ReferenceItem> getCommittees() { return committeeChoices; }
    public List<AccountRow> getRows() { return rows; }
    public AccountForm getForm() { return form; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
