package vn.partytrack.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.partytrack.organisation.OrganisationFilter;
import vn.partytrack.organisation.OrganisationRow;
import vn.partytrack.organisation.OrganisationService;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The organisation list: filters on top, a lazily loaded page of rows from the database below. */
@Named("organisationListView") // the pages' name for it since it was OrganisationListView
@ViewScoped
public class OrganisationListPage implements Serializable {

    @Inject
    OrganisationService organisations;

    private String bloc;
    private String sector;
    private String type;
    private String search;
    private boolean includeInactive;
    private LazyDataModel<OrganisationRow> rows;

    @PostConstruct
    void init() {
        rows = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) organisations.count(filter(null, false));
            }

            @Override
            public List<OrganisationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
                return organisations.rows(filter(sort == null ? null : sort.getField(),
                        sort != null && sort.getOrder() == SortOrder.DESCENDING), first, pageSize);
            }

            @Override
            public String getRowKey(OrganisationRow row) {
                return String.valueOf(row.id());
            }

            @Override
            public OrganisationRow getRowData(String rowKey) {
                return null;
            }
        };
    }

    private OrganisationFilter filter(String sort, boolean descending) {
        return new OrganisationFilter(bloc, sector, type, search, includeInactive, sort == null ? "name" : sort, descending);
    }

    public LazyDataModel<OrganisationRow> getRows() { return rows; }
    public String getBloc() { return bloc; }
    public void setBloc(String bloc) { this.bloc = bloc; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public boolean isIncludeInactive() { return includeInactive; }
    public void setIncludeInactive(boolean includeInactive) { this.includeInactive = includeInactive; }
}
