package vn.partytrack.officer;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the organisation board watches across its units: posts vacant for longer than {@code vacantDays} and terms
 * ending within {@code endingMonths}. Names of units and posts only, no person: not a personal record.
 */
public record OfficerWatch(int vacantDays, int endingMonths, List<Vacancy> vacancies, List<TermEnding> termsEnding)
        implements Serializable {

    /** A post nobody holds since {@code since} (the day after its last holder left); {@code seats} for committee seats. */
    public record Vacancy(Long organisationId, String organisationCode, String organisationName, PostKind kind,
                          LocalDate since, long days, int seats) implements Serializable {
    }

    public record TermEnding(Long organisationId, String organisationCode, String organisationName, String termCode,
                             LocalDate endsOn) implements Serializable {
    }
}
