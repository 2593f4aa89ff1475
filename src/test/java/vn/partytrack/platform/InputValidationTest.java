package vn.partytrack.platform;

import org.junit.jupiter.api.Test;
import vn.partytrack.congress.CongressForm;
import vn.partytrack.directive.ImplementationForm;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class InputValidationTest {

    @Test
    void aDateOutsideTheYears1900To2100IsRefusedNextToItsFieldInEveryForm() {
        CongressForm congress = new CongressForm();
        congress.setHeldFrom(LocalDate.of(-999_999_999, 1, 1));
        congress.setHeldTo(LocalDate.of(2020, 6, 15));
        congress.setApprovalDecisionOn(LocalDate.of(2101, 1, 1));
        assertThat(InputValidation.datesOutOfRange(congress)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("heldFrom", "approvalDecisionOn");
        assertThat(InputValidation.datesOutOfRange(congress)).extracting(FieldError::messageKey).containsOnly("field.dateOutOfRange");

        ImplementationForm implementation = new ImplementationForm();
        implementation.setPlanDate(LocalDate.of(1900, 1, 1));
        implementation.setFinalReviewDate(LocalDate.of(2100, 12, 31));
        assertThat(InputValidation.datesOutOfRange(implementation)).isEmpty();
        implementation.setInterimReviewDate(LocalDate.of(1899, 12, 31));
        assertThat(InputValidation.datesOutOfRange(implementation)).extracting(FieldError::field).containsExactly("interimReviewDate");
    }
}
