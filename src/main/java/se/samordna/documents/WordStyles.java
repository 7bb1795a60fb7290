package se.samordna.documents;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * What makes a written DOCX finishable in Word: real heading styles ("heading 1" to "heading 3", with outline levels, so
 * Word's navigation pane and table of contents see them) and a table-of-contents field Word fills in when the document
 * is opened.
 */
final class WordStyles {

    private WordStyles() {
    }

    static void headings(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        for (int level = 1; level <= 4; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            style.getPPr().addNewKeepNext();
            styles.addStyle(new XWPFStyle(style, styles));
        }
        styles.addStyle(new XWPFStyle(tableStyle(), styles));
    }

    /** The table style every table uses ("Samordna tabell": thin rules between rows, a shaded bold header row), changeable in Word. */
    static final String TABLE_STYLE = "SamordnaTabell";

    private static CTStyle tableStyle() {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(TABLE_STYLE);
        style.setType(STStyleType.TABLE);
        style.addNewName().setVal("Samordna tabell");
        style.addNewBasedOn().setVal("TableNormal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(59));
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders borders = style.addNewTblPr().addNewTblBorders();
        for (org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder border : new org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder[]{
                borders.addNewTop(), borders.addNewBottom(), borders.addNewInsideH()}) {
            border.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setColor("BBBBBB");
        }
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblStylePr header = style.addNewTblStylePr();
        header.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblStyleOverrideType.FIRST_ROW);
        header.addNewTcPr().addNewShd().setFill("EEF2F7");
        header.addNewRPr().addNewB();
        return style;
    }

    /** A table of contents over heading levels 1–3, filled in by Word when the document opens. */
    static void tableOfContents(XWPFDocument doc) {
        XWPFParagraph heading = doc.createParagraph();
        heading.createRun().setText(DocumentWords.of("doc.wordStyles.innehall"));
        heading.getRuns().get(0).setBold(true);
        XWPFParagraph paragraph = doc.createParagraph();
        CTSimpleField toc = paragraph.getCTP().addNewFldSimple();
        toc.setInstr("TOC \\o \"1-3\" \\h \\z \\u");
        toc.setDirty(true);
        toc.addNewR().addNewT().setStringValue(DocumentWords.of("doc.wordStyles.innehallsforteckningenFyllsINarDokumentet"));
        doc.enforceUpdateFields();
    }
}
