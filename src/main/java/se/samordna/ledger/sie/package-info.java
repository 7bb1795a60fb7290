/**
 * A reader of SIE files (types 1–4 and 4i), written against the published format description (SIE-gruppen, "SIE
 * filformat", version 4B): records are lines starting with a label, fields are separated by spaces or tabs, strings
 * may be quoted with backslash escapes, object lists are written in braces, amounts have a point and at most two
 * decimals, dates are YYYYMMDD. Plain Java, streaming: a file is read once, line by line, and only sums are kept.
 */
@org.springframework.modulith.NamedInterface("sie")
package se.samordna.ledger.sie;
