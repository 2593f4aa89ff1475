package vn.partytrack.organisation;

import jakarta.inject.Inject;
import vn.partytrack.platform.KeptFigures;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Blocs, sectors, organisation types and district boards: data that regulations change, read from the database
 * once per request however many labels a page shows.
 */
@Named
@RequestScoped
public class ReferenceData {

    @Inject
    KeptFigures kept;

    @PersistenceContext
    EntityManager em;

    /** Each list once per request: {@link KeptFigures#get} reads the stamp on every call, and a page names many labels. */
    private final Map<String, List<ReferenceItem>> loaded = new HashMap<>();

    public List<ReferenceItem> blocs() {
        return items("Bloc");
    }

    public List<ReferenceItem> sectors() {
        return items("Sector");
    }

    public List<ReferenceItem> types() {
        return items("OrganisationType");
    }

    public List<ReferenceItem> boards() {
        return items("Board");
    }

    public String blocName(String code, Locale locale) {
        return name(blocs(), code, locale);
    }

    public String sectorName(String code, Locale locale) {
        return name(sectors(), code, locale);
    }

    public String typeName(String code, Locale locale) {
        return name(types(), code, locale);
    }

    public String boardName(String code, Locale locale) {
        return name(boards(), code, locale);
    }

    private static String name(List<ReferenceItem> items, String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return items.stream().filter(i -> i.code().equals(code)).findFirst().map(i -> i.name(locale)).orElse(code);
    }

    private List<ReferenceItem> items(String entity) {
        // entity names are constants of this class, never user input
        return loaded.computeIfAbsent(entity, e -> kept.get(() -> List.copyOf(em.createQuery(
                "SELECT NEW vn.partytrack.organisation.ReferenceItem(e.code, e.nameVi, e.nameEn) FROM " + e
                        + " e ORDER BY e.sortOrder, e.code", ReferenceItem.class).getResultList()), "reference", e));
    }
}
