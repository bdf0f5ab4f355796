package uk.ras.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an {@code .xlsx} workbook part by part, as tools other than Excel do: only the parts a workbook
 * must have, no styles part, and a shared-strings part only when given. Text cells hold their text
 * inline.
 */
final class MinimalWorkbook {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

  private MinimalWorkbook() {}

  /**
   * @param sheetPart makes the sheet's part from the one the rows give (null: the workbook has none)
   * @param sharedStrings the shared-strings part, or null for none
   * @param rows each row's cells separated by commas, an empty cell left out; at most 26 columns
   */
  static Path write(Path file, UnaryOperator<String> sheetPart, String sharedStrings, String... rows)
      throws IOException {
    StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
    for (int r = 0; r < rows.length; r++) {
      sheet.append("<row r=\"").append(r + 1).append("\">");
      String[] cells = rows[r].split(",", -1);
      for (int c = 0; c < cells.length; c++) {
        if (!cells[c].isEmpty()) {
          sheet.append("<c r=\"").append((char) ('A' + c)).append(r + 1)
              .append("\" t=\"inlineStr\"><is><t>").append(cells[c]).append("</t></is></c>");
        }
      }
      sheet.append("</row>");
    }
    sheet.append("</sheetData></worksheet>");
    String overrides =
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + TYPE + "sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + TYPE + "worksheet+xml\"/>"
            + (sharedStrings == null
                ? ""
                : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + TYPE + "sharedStrings+xml\"/>");
    List<String[]> parts = new ArrayList<>();
    parts.add(new String[] {"[Content_Types].xml",
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" + overrides + "</Types>"});
    parts.add(new String[] {"_rels/.rels",
      "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
          + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    parts.add(new String[] {"xl/workbook.xml",
      "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>"
          + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"});
    parts.add(new String[] {"xl/_rels/workbook.xml.rels",
      "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
          + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"});
    parts.add(new String[] {"xl/worksheets/sheet1.xml", sheetPart.apply(sheet.toString())});
    parts.add(new String[] {"xl/sharedStrings.xml", sharedStrings});
    try (OutputStream os = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      for (String[] part : parts) {
        if (part[1] != null) {
          zip.putNextEntry(new ZipEntry(part[0]));
          zip.write(part[1].getBytes(StandardCharsets.UTF_8));
          zip.closeEntry();
        }
      }
    }
    return file;
  }
}
