package vn.partytrack.synthesis;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.partytrack.platform.export.Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a synthesis report as DOCX (Times New Roman) and as PDF (Liberation Serif, embedded: it has the Vietnamese glyphs). */
public final class DocumentWriter {

    private static final String WORD_FONT = "Times New Roman";

    private DocumentWriter() {
    }

    public static byte[] docx(SynthesisDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable header = doc.createTable(1, 2);
            header.removeBorders();
            header.setWidth("100%");
            XWPFTableCell left = header.getRow(0).getCell(0);
            line(left.getParagraphs().get(0), d.superiorCommittee(), false, false, false);
            line(left.addParagraph(), d.committee(), true, false, false);
            line(left.addParagraph(), "*", false, false, false);
            line(left.addParagraph(), d.number(), false, false, false);
            XWPFTableCell right = header.getRow(0).getCell(1);
            line(right.getParagraphs().get(0), "ĐẢNG CỘNG SẢN VIỆT NAM", true, false, true);
            line(right.addParagraph(), d.placeAndDate(), false, true, false);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingBefore(300);
            run(title, d.title(), true, false, 15);
            XWPFParagraph subtitle = doc.createParagraph();
            subtitle.setAlignment(ParagraphAlignment.CENTER);
            run(subtitle, d.subtitle(), true, false, 14);
            for (SynthesisDocument.Section s : d.sections()) {
                XWPFParagraph heading = doc.createParagraph();
                heading.setSpacingBefore(200);
                run(heading, s.heading(), true, false, 14);
                for (String text : (s.body() == null ? "" : s.body()).split("\\R")) {
                    if (text.isBlank()) {
                        continue;
                    }
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.BOTH);
                    p.setIndentationFirstLine(567);
                    run(p, text.strip(), false, false, 14);
                }
            }
            XWPFTable footer = doc.createTable(1, 2);
            footer.removeBorders();
            footer.setWidth("100%");
            XWPFTableCell recipients = footer.getRow(0).getCell(0);
            XWPFParagraph heading = recipients.getParagraphs().get(0);
            XWPFRun label = run(heading, "Nơi nhận:", true, true, 12);
            label.setUnderline(UnderlinePatterns.SINGLE);
            for (String r : d.recipientLines()) {
                run(recipients.addParagraph(), r, false, false, 11);
            }
            XWPFTableCell sign = footer.getRow(0).getCell(1);
            line(sign.getParagraphs().get(0), nz(d.signatoryHeading()), true, false, false);
            line(sign.addParagraph(), nz(d.signerTitle()), true, false, false);
            for (int i = 0; i < 3; i++) {
                line(sign.addParagraph(), "", false, false, false);
            }
            line(sign.addParagraph(), nz(d.signerName()), true, false, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(XWPFParagraph p, String text, boolean bold, boolean italic, boolean underline) {
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = run(p, text, bold, italic, 13);
        if (underline) {
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setText(text == null ? "" : text);
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontFamily(WORD_FONT);
        r.setFontSize(size);
        return r;
    }

    public static byte[] pdf(SynthesisDocument d) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document pdf = new Document(PageSize.A4, 70, 50, 50, 50);
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(d.title() + " " + d.subtitle());
            pdf.open();
            BaseFont regular = Fonts.embedded("liberation/LiberationSerif-Regular.ttf");
            BaseFont bold = Fonts.embedded("liberation/LiberationSerif-Bold.ttf");
            BaseFont italic = Fonts.embedded("liberation/LiberationSerif-Italic.ttf");
            Font normal = new Font(regular, 13);
            Font strong = new Font(bold, 13);
            PdfPTable header = new PdfPTable(2);
            header.setWidthPercentage(100);
            header.addCell(cell(new Phrase[]{new Phrase(d.superiorCommittee(), normal), new Phrase(d.committee(), strong),
                    new Phrase("*", normal), new Phrase(d.number(), normal)}));
            Font underlined = new Font(bold, 13, Font.UNDERLINE);
            header.addCell(cell(new Phrase[]{new Phrase("ĐẢNG CỘNG SẢN VIỆT NAM", underlined), new Phrase(d.placeAndDate(), new Font(italic, 13))}));
            pdf.add(header);
            Paragraph title = new Paragraph(d.title(), new Font(bold, 15));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(18);
            pdf.add(title);
            Paragraph subtitle = new Paragraph(d.subtitle(), new Font(bold, 14));
            subtitle.setAlignment(Element.ALIGN_CENTER);
            pdf.add(subtitle);
            Font body = new Font(regular, 13);
            for (SynthesisDocument.Section s : d.sections()) {
                Paragraph heading = new Paragraph(s.heading(), new Font(bold, 13));
                heading.setSpacingBefore(10);
                pdf.add(heading);
                for (String text : (s.body() == null ? "" : s.body()).split("\\R")) {
                    if (text.isBlank()) {
                        continue;
                    }
                    Paragraph p = new Paragraph(text.strip(), body);
                    p.setAlignment(Element.ALIGN_JUSTIFIED);
                    p.setFirstLineIndent(28);
                    p.setSpacingAfter(3);
                    pdf.add(p);
                }
            }
            PdfPTable footer = new PdfPTable(2);
            footer.setWidthPercentage(100);
            footer.setSpacingBefore(14);
            PdfPCell recipients = new PdfPCell();
            recipients.setBorder(PdfPCell.NO_BORDER);
            recipients.addElement(new Paragraph("Nơi nhận:", new Font(bold, 12, Font.UNDERLINE | Font.ITALIC)));
            for (String r : d.recipientLines()) {
                recipients.addElement(new Paragraph(r, new Font(regular, 11)));
            }
            footer.addCell(recipients);
            footer.addCell(cell(new Phrase[]{new Phrase(nz(d.signatoryHeading()), strong), new Phrase(nz(d.signerTitle()), strong),
                    new Phrase(" ", normal), new Phrase(" ", normal), new Phrase(nz(d.signerName()), strong)}));
            pdf.add(footer);
            pdf.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Could not write the PDF", e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static PdfPCell cell(Phrase[] lines) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        for (Phrase line : lines) {
            Paragraph p = new Paragraph(line);
            p.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(p);
        }
        cell.addElement(new Chunk(""));
        return cell;
    }
}
