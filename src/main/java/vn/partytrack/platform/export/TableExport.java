package vn.partytrack.platform.export;

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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * A table to export: a title, the column headers and its rows, produced a page at a time by {@code rows} (which
 * calls the sink for every row). Excel keeps 200 rows in memory; PDF flushes the table every 500 rows.
 */
public record TableExport(String title, List<String> headers, Consumer<Consumer<List<Object>>> rows) {

    public void xlsx(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(safeSheetName(title));
            CellStyle bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int[] next = {1};
            rows.accept(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    Cell cell = row.createCell(i);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(String.valueOf(v));
                    }
                }
            });
            workbook.write(out);
            workbook.dispose();
        }
    }

    public void pdf(OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            BaseFont regular = Fonts.embedded("liberation/LiberationSans-Regular.ttf");
            BaseFont bold = Fonts.embedded("liberation/LiberationSans-Bold.ttf");
            Paragraph heading = new Paragraph(title, new Font(bold, 13));
            heading.setSpacingAfter(8);
            document.add(heading);
            Font headerFont = new Font(bold, 9);
            Font cellFont = new Font(regular, 9);
            PdfPTable table = new PdfPTable(headers.size());
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setComplete(false);
            for (String h : headers) {
                PdfPCell cell = new PdfPCell(new Phrase(h, headerFont));
                cell.setGrayFill(0.9f);
                table.addCell(cell);
            }
            int[] count = {0};
            rows.accept(values -> {
                for (Object v : values) {
                    PdfPCell cell = new PdfPCell(new Phrase(v == null ? "" : String.valueOf(v), cellFont));
                    if (v instanceof Number) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    table.addCell(cell);
                }
                if (++count[0] % 500 == 0) {
                    try {
                        document.add(table);
                    } catch (DocumentException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            table.setComplete(true);
            document.add(table);
        } catch (DocumentException e) {
            throw new IOException(e);
        } finally {
            document.close();
        }
    }

    private static String safeSheetName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
