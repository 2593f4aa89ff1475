package vn.partytrack.synthesis;

import java.io.Serializable;
import java.util.List;

/**
 * A synthesis report as a Party document: the issuing committee on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" on the right,
 * number, place and date, title, sections of paragraphs (one per line), then the recipients ("Nơi nhận") on the left
 * and the signatory block ("T/M BAN THƯỜNG VỤ", the signer's title and name) on the right. The committee's lines come
 * from its profile valid at the period.
 */
public record SynthesisDocument(String superiorCommittee, String committee, String number, String placeAndDate,
                                String title, String subtitle, List<Section> sections, String signatoryHeading,
                                String signerTitle, String signerName, List<String> recipients) implements Serializable {

    /** A heading and its text. */
    public record Section(String heading, String body) implements Serializable {
    }

    /** The recipients, never null. */
    public List<String> recipientLines() {
        return recipients == null ? List.of() : recipients;
    }
}
