package vn.partytrack.organisation;

import jakarta.persistence.EntityManager;

import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The units a district-wide view covers: the grassroots organisations of a bloc (every bloc when blank) under a
 * committee (the whole tree when null). {@code under} is the committee's materialised path followed by '%', for
 * {@code o.path LIKE :under}; '/%' matches every organisation. {@code aboveUnits}: the scope is everything or a
 * committee above the grassroots units, so the roll-ups kept per superior committee can answer for it.
 */
public record Scope(String bloc, Long committeeId, String under, boolean aboveUnits) implements Serializable {

    public static Scope bloc(String blocCode) {
        return new Scope(blocCode == null ? "" : blocCode, null, "/%", true);
    }

    /**
     * The same scope as the registry stood on a day (a period's cut-off): the committee's path of that day, so that
     * {@code o.path LIKE under} over {@code units_at(day) o} finds the units under the committee then. Everything
     * (no committee) needs no statement; a committee that did not exist that day covers nothing.
     */
    public Scope at(EntityManager em, LocalDate day) {
        if (committeeId == null) {
            return this;
        }
        @SuppressWarnings("unchecked")
        List<Object> paths = em.createNativeQuery("SELECT o.path FROM units_at(?1) o WHERE o.id = ?2")
                .setParameter(1, Date.valueOf(day)).setParameter(2, committeeId).getResultList();
        return new Scope(bloc, committeeId, paths.isEmpty() ? "" : paths.get(0) + "%", aboveUnits);
    }

    /** The bloc as the parameter of an {@code (?n = '' OR b.code = ?n)} clause. */
    @Override
    public String bloc() {
        return bloc == null ? "" : bloc;
    }

    /** The bloc code as callers pass it: null when every bloc. */
    public String blocCode() {
        return bloc == null || bloc.isEmpty() ? null : bloc;
    }
}
