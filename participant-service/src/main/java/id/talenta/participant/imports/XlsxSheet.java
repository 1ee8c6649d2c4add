package id.talenta.participant.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an {@code .xlsx} workbook (SIASN and SAPK exports as HR offices pass them around) streamed
 * with Apache POI's SAX reader into a temporary CSV file, which {@link CsvRowReader} then reads like any export:
 * the sheet is never held in memory (only the workbook's shared-strings table is). Dates come out as ISO dates
 * whatever the cell's display format; other cells as Excel shows them (so a NIP typed as text keeps its digits).
 */
final class XlsxSheet {

    private XlsxSheet() {}

    /** Writes the first sheet of {@code workbook} as CSV to a new temporary file next to it. */
    static Path toCsv(Path workbook) throws IOException {
        Path csv = Files.createTempFile(workbook.getParent(), "sheet-", ".csv");
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
                BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new MalformedFileException("the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        null,
                        new ReadOnlySharedStringsTable(pkg),
                        new CsvRows(out),
                        new IsoDates(),
                        false));
                parser.parse(new InputSource(sheet));
            }
        } catch (UncheckedIOException e) {
            Files.deleteIfExists(csv);
            throw e.getCause();
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            Files.deleteIfExists(csv);
            if (e instanceof MalformedFileException m) {
                throw m;
            }
            throw new MalformedFileException("the file is not a readable .xlsx workbook");
        }
        return csv;
    }

    /** Dates as ISO dates (yyyy-mm-dd), which the import reads whatever the workbook's locale. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Each sheet row as one CSV record; cells the sheet leaves out are empty fields. */
    private static final class CsvRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final BufferedWriter out;
        private final List<String> cells = new ArrayList<>();
        private int width = -1;

        CsvRows(BufferedWriter out) {
            this.out = out;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            if (cells.size() < CsvRowReader.MAX_FIELDS) {
                cells.add(formattedValue == null ? "" : formattedValue);
            }
        }

        @Override
        public void endRow(int rowNum) {
            // The sheet leaves out trailing empty cells: a row is as wide as the header.
            if (width < 0) {
                width = cells.size();
            }
            while (cells.size() < width) {
                cells.add("");
            }
            try {
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    String v = cells.get(i);
                    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                        out.write('"');
                        out.write(v.replace("\"", "\"\""));
                        out.write('"');
                    } else {
                        out.write(v);
                    }
                }
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
