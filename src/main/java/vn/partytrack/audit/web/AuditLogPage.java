package vn.partytrack.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.partytrack.audit.AuditRow;
import vn.partytrack.audit.AuditTrail;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Administrators browse the audit trail, newest first, a page at a time. */
@Named("auditLogView") // the pages' name for it since it was AuditLogView
@ViewScoped
public class AuditLogPage implements Serializable {

    @Inject
    AuditTrail audit;

    private String entityType;
    private String actor;
    private LazyDataModel<AuditRow> rows;

    @PostConstruct
    void init() {
        rows = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) audit.search(entityType, actor, 0, 1).total();
            }

            @Override
            public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return audit.search(entityType, actor, first, pageSize).rows();
            }

            @Override
            public String getRowKey(AuditRow row) {
                return String.valueOf(row.id());
            }

            @Override
            public AuditRow getRowData(String rowKey) {
                return null;
            }
        };
    }

    public LazyDataModel<AuditRow> getRows() { return rows; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
}
