/**
 * Documents: the operational plan and budget as PDF and DOCX, written from the plan so the document, the
 * budget page and the follow-up never disagree; budget workbooks (XLSX) with live formulas, read back all or
 * nothing. Plain Java, so the command line writes documents without server or database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package se.samordna.documents;
