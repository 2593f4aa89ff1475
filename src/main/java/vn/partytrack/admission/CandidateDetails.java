package vn.partytrack.admission;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A candidate as its unit's secretary and the owning board's staff read it: the stages with their dates and numbers,
 * the computed deadlines, the stages that may be recorded next and what the caller may do.
 */
public record CandidateDetails(Long id, Long organisationId, String organisationCode, String organisationName, String fullName,
                               LocalDate birthDate, AdmissionStage stage, LocalDate awarenessDate, String awarenessCertificate,
                               LocalDate proposalDate, String proposalNumber, LocalDate verificationDate,
                               LocalDate decisionDate, String decisionNumber, LocalDate ceremonyDate,
                               LocalDate recognitionDate, String recognitionNumber, LocalDate removalDate,
                               String removalNumber, String removalReason, String ruleCode, Deadlines deadlines,
                               List<AdmissionStage> nextStages, boolean sample, long version, boolean mayAdvance,
                               boolean mayErase) implements Serializable {
}
