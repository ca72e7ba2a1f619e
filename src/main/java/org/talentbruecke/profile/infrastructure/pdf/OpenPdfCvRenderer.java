package org.talentbruecke.profile.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.talentbruecke.profile.application.cv.CvDocument;
import org.talentbruecke.profile.application.cv.CvRenderer;

/**
 * The CV as an A4 PDF with OpenPDF: name and e-mail on top, then one table row per section — German
 * in the left column and, if asked for, the other language in the right one, so each section sits
 * next to its translation even across page breaks. A right-to-left language (Arabic) gets its
 * column's run direction set, which makes OpenPDF order the line from the right and join the Arabic
 * letters into their contextual forms.
 */
@ApplicationScoped
public class OpenPdfCvRenderer implements CvRenderer {
  private static final Color RULE = new Color(0x99, 0x99, 0x99);
  private static final Font NAME = new Font(CvFonts.BOLD, 16);
  private static final Font CONTACT = new Font(CvFonts.REGULAR, 10);
  private static final Font COLUMN_HEAD = new Font(CvFonts.BOLD, 11);
  private static final Font HEADING = new Font(CvFonts.BOLD, 10.5f);
  private static final Font ENTRY = new Font(CvFonts.BOLD, 9.5f);
  private static final Font TEXT = new Font(CvFonts.REGULAR, 9);
  private static final Font SMALL = new Font(CvFonts.REGULAR, 7.5f);

  @Override
  public byte[] pdf(String name, String email, CvDocument german, Optional<CvDocument> second) {
    List<CvDocument> columns = new ArrayList<>();
    columns.add(german);
    second.ifPresent(columns::add);
    for (CvDocument other : columns) {
      if (other.sections().size() != german.sections().size()) {
        throw new IllegalArgumentException("Both languages must have the same sections");
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 42, 42, 42, 42);
    PdfWriter.getInstance(document, out);
    document.addTitle(german.title() + (name.isBlank() ? "" : " – " + name));
    document.addCreator("Talentbrücke");
    document.open();
    if (!name.isBlank()) {
      document.add(new Paragraph(name, NAME));
    }
    if (!email.isBlank()) {
      Paragraph contact = new Paragraph(email, CONTACT);
      contact.setSpacingAfter(10);
      document.add(contact);
    }
    PdfPTable table = new PdfPTable(columns.size());
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    // Long sections (a long work history) may break across pages instead of jumping to the next.
    table.setSplitLate(false);
    for (CvDocument column : columns) {
      table.addCell(
          cell(column, new Paragraph(column.title() + " · " + column.languageName(), COLUMN_HEAD)));
    }
    for (int i = 0; i < german.sections().size(); i++) {
      for (CvDocument column : columns) {
        table.addCell(section(column, column.sections().get(i)));
      }
    }
    for (CvDocument column : columns) {
      table.addCell(cell(column, new Paragraph(column.footer(), SMALL)));
    }
    document.add(table);
    document.close();
    return out.toByteArray();
  }

  private static PdfPCell section(CvDocument column, CvDocument.Section section) {
    List<Paragraph> paragraphs = new ArrayList<>();
    Paragraph heading = new Paragraph(section.heading(), HEADING);
    heading.setSpacingAfter(3);
    paragraphs.add(heading);
    for (CvDocument.Entry entry : section.entries()) {
      if (entry.title() != null) {
        Paragraph title = new Paragraph(entry.title(), ENTRY);
        title.setSpacingBefore(3);
        paragraphs.add(title);
      }
      for (String detail : entry.details()) {
        paragraphs.add(
            new Paragraph(column.rightToLeft() ? keepLeftToRight(detail) : detail, TEXT));
      }
    }
    return cell(column, paragraphs.toArray(Paragraph[]::new));
  }

  /**
   * A German or English text the person wrote, standing in the Arabic column: a left-to-right mark
   * at its end keeps its final full stop after the last word, where the bidi algorithm would
   * otherwise move it to the far (left) end of the line.
   */
  static String keepLeftToRight(String text) {
    for (int i = 0; i < text.length(); i++) {
      byte direction = Character.getDirectionality(text.charAt(i));
      if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        return text + "\u200E";
      }
      if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return text;
      }
    }
    return text;
  }

  private static PdfPCell cell(CvDocument column, Paragraph... content) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(RULE);
    cell.setPaddingTop(4);
    cell.setPaddingBottom(7);
    cell.setPaddingLeft(5);
    cell.setPaddingRight(5);
    if (column.rightToLeft()) {
      cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
    }
    for (Paragraph p : content) {
      p.setLeading(0, 1.25f);
      if (column.rightToLeft()) {
        // In a right-to-left cell OpenPDF mirrors the alignment: "left" is the start of the line,
        // which is the right edge (checked by rendering the Arabic CV).
        p.setAlignment(Element.ALIGN_LEFT);
      }
      cell.addElement(p);
    }
    return cell;
  }
}
