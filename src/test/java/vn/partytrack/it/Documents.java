package vn.partytrack.it;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The text people would read in what the server sent: a JSON or HTML body, an Excel workbook, a PDF, a Word file. */
final class Documents {

    private Documents() {
    }

    static String text(HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        byte[] body = response.body();
        if (type.contains("spreadsheetml")) {
            return String.join("\n", cells(body));
        }
        if (type.contains("pdf")) {
            return pdf(body);
        }
        if (type.contains("wordprocessingml")) {
            return docx(body);
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The text of every cell; fails on a formula (an export holds values only). */
    static List<String> cells(byte[] xlsx) {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : workbook) {
                for (var row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            throw new AssertionError("a formula in an export: " + cell.getCellFormula());
                        }
                        if (cell.getCellType() == CellType.STRING) {
                            cells.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    /** A PDF's text with its line breaks and runs of spaces as single spaces. */
    static String pdf(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String docx(byte[] docx) {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
