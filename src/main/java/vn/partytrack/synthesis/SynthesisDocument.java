package vn.partytrack.synthesis;

import java.io.Serializable;
import java.util.List;

/**
 * A synthesis report as a Party document: the issuing committee on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" on the right,
 * number, place and date, title, and sections of paragraphs (one per line).
 */
public record SynthesisDocument(String superiorCommittee, String committee, String number, String placeAndDate,
                                String title, String subtitle, List<Section> sections) implements Serializable {

    /** A heading and its text. */
    public record Section(String heading, String body) implements Serializable {
    }
}
