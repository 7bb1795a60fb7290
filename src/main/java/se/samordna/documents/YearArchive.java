package se.samordna.documents;

import se.samordna.shared.AttachmentId;
import se.samordna.shared.ItemId;
import se.samordna.shared.MeetingId;
import se.samordna.shared.AssociationId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.board.Attachments;
import se.samordna.board.Meetings;
import se.samordna.ledger.LedgerFollowUp;
import se.samordna.ledger.LedgerImports;
import se.samordna.ledger.accounts.AnnualAccounts;
import se.samordna.plan.PlanCycle;
import se.samordna.plan.PlanPeriod;
import se.samordna.plan.PlanStatus;
import se.samordna.shared.ConflictException;
import se.samordna.shared.Csv;
import se.samordna.shared.Sha256;
import se.samordna.shared.Text;

/**
 * A closed year as one package for the archive, laid out as an E-ARK CSIP information package (the structure FGS
 * Paketstruktur adopts): a root {@code METS.xml} naming every file with its size, type and SHA-256, and the year's records
 * under {@code representations/rep1/data/}: the adjusted minutes as archived, the registry and the decisions as CSV, the
 * attachments, each adopted version of the year's plan as archived, and the annual report when the books are in. No
 * library on Maven Central writes such packages (the E-ARK reference library is published elsewhere), so the METS is
 * written here, with the CSIP profile's required attributes.
 */
@Service
public class YearArchive {

    private static final String CSIP_PROFILE = "https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml";
    private static final String DATA = "representations/rep1/data/";

    private final Meetings meetings;
    private final MinutesArchive minutes;
    private final Attachments attachments;
    private final PlanCycle cycle;
    private final PlanArchive plans;
    private final LedgerImports imports;
    private final LedgerFollowUp followUp;
    private final AccountClasses classes;
    private final AnnualTexts texts;
    private final BoardDocuments board;

    YearArchive(BoardDocuments board, Meetings meetings, MinutesArchive minutes, Attachments attachments, PlanCycle cycle, PlanArchive plans, LedgerImports imports,
                LedgerFollowUp followUp, AccountClasses classes, AnnualTexts texts) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.attachments = attachments;
        this.cycle = cycle;
        this.plans = plans;
        this.imports = imports;
        this.followUp = followUp;
        this.classes = classes;
        this.texts = texts;
        this.board = board;
    }

    /** The package of {@code year} for the association named {@code name} ({@code slug} in its identifier); refused for a year still running. */
    @Transactional(readOnly = true)
    public byte[] of(AssociationId associationId, String name, String slug, int year) {
        if (year >= LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).getYear() || year < 2000) {
            throw new ConflictException(Text.of("board.error.yearNotClosed", year));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Meetings.Meeting> all = meetings.list(associationId);
        List<Meetings.Meeting> ofYear = all.stream().filter(m -> m.date().getYear() == year).toList();
        Map<UUID, Meetings.Meeting> byId = new LinkedHashMap<>();
        all.forEach(m -> byId.put(m.id(), m));
        List<Meetings.Item> registry = meetings.registry(associationId, year, null);
        Map<UUID, Meetings.Item> items = new LinkedHashMap<>();
        registry.forEach(i -> items.put(i.id(), i));
        for (Meetings.Meeting m : ofYear) {
            minutes.find(associationId, m.id()).ifPresent(a -> files.put(DATA + "protokoll/protokoll-" + m.date() + "-" + m.id().toString().substring(0, 8) + ".pdf",
                    a.content()));
            for (Attachments.Attachment a : attachments.of(associationId, MeetingId.of(m.id()))) {
                Meetings.Item item = items.computeIfAbsent(a.itemId(), id -> meetings.item(associationId, ItemId.of(id)));
                files.put(DATA + "bilagor/" + item.registryNumber().replace('/', '-') + "-" + a.name().replaceAll("[^A-Za-z0-9._ -]", "_"),
                        attachments.content(associationId, AttachmentId.of(a.id())));
            }
        }
        StringBuilder diarium = new StringBuilder("\uFEFF" + DocumentWords.of("doc.archive.registryHeader"));
        StringBuilder decisions = new StringBuilder("\uFEFF" + DocumentWords.of("doc.archive.decisionsHeader"));
        List<Meetings.Item> oldestFirst = new ArrayList<>(registry);
        java.util.Collections.reverse(oldestFirst);
        for (Meetings.Item i : oldestFirst) {
            Meetings.Meeting m = byId.get(i.meetingId());
            diarium.append(Csv.row(i.registryNumber(), i.registeredOn(), i.title(), i.subjectType().name(), m.date(),
                    i.paragraph() == null ? "" : "§ " + i.paragraph(), i.decision() == null ? "" : i.decision().name(),
                    m.adjusted() ? DocumentWords.of("doc.archive.adjusted", m.adjustedOn()) : ""));
            if (m.adjusted() && i.paragraph() != null) {
                StringBuilder amounts = new StringBuilder();
                i.amounts().forEach((y, a) -> amounts.append(amounts.length() == 0 ? "" : " ").append(y).append(": ").append(a.kronor()));
                decisions.append(Csv.row(m.date(), "§ " + i.paragraph(), i.registryNumber(), i.title(), i.decision().name(), amounts,
                        i.decisionText() == null ? "" : i.decisionText()));
            }
        }
        files.put(DATA + "diarium-" + year + ".csv", diarium.toString().getBytes(StandardCharsets.UTF_8));
        files.put(DATA + "beslut-" + year + ".csv", decisions.toString().getBytes(StandardCharsets.UTF_8));
        for (PlanPeriod p : cycle.periods(associationId)) {
            if (p.budgetYear() == year && (p.status() == PlanStatus.ADOPTED || p.status() == PlanStatus.SUPERSEDED)) {
                plans.find(associationId, p.id().value(), "pdf").ifPresent(a -> files.put(DATA + "verksamhetsplan/verksamhetsplan-" + p.label()
                        + "-faststalld-" + p.adoptedOn() + ".pdf", a.content()));
            }
        }
        if (imports.find(associationId, year).isPresent()) {
            var plan = followUp.plan(associationId, year);
            AnnualAccounts accounts = AnnualAccounts.of(imports.accounts(associationId, year), plan, year, classes.of(associationId))
                    .withBooksThrough(imports.booksThrough(associationId, year).orElse(null));
            AnnualAccounts prior = PriorYear.of(imports, classes, associationId, year, plan);
            files.put(DATA + "arsredovisning-" + year + ".pdf", AnnualReport.pdf(plan, accounts, prior, texts.of(associationId, year),
                    imports.find(associationId, year).map(LedgerImports.Imported::generated).orElse(false),
                    board.signatories(associationId, LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")))));
        }
        String id = "samordna-" + slug + "-" + year;
        return zip(id, mets(id, name, year, files), files);
    }

    private static byte[] zip(String id, String mets, Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(id + "/METS.xml"));
            zip.write(mets.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(id + "/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The root METS: the package's header, every file with its checksum, and the structural map CSIP asks for. */
    static String mets(String id, String association, int year, Map<String, byte[]> files) {
        String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<mets:mets xmlns:mets=\"http://www.loc.gov/METS/\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" xmlns:csip=\"https://DILCIS.eu/XML/METS/CSIPExtensionMETS\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd\"")
                .append(" OBJID=\"").append(xml(id)).append("\" LABEL=\"").append(xml(DocumentWords.of("doc.archive.label", association, year)))
                .append("\" TYPE=\"Other\" csip:OTHERTYPE=\"").append(xml(DocumentWords.of("doc.archive.type")))
                .append("\" csip:CONTENTINFORMATIONTYPE=\"OTHER\" PROFILE=\"").append(CSIP_PROFILE).append("\">\n")
                .append("  <mets:metsHdr CREATEDATE=\"").append(now).append("\" RECORDSTATUS=\"NEW\" csip:OAISPACKAGETYPE=\"SIP\">\n")
                .append("    <mets:agent ROLE=\"CREATOR\" TYPE=\"OTHER\" OTHERTYPE=\"SOFTWARE\"><mets:name>Samordna</mets:name></mets:agent>\n")
                .append("    <mets:agent ROLE=\"ARCHIVIST\" TYPE=\"ORGANIZATION\"><mets:name>").append(xml(association)).append("</mets:name></mets:agent>\n")
                .append("  </mets:metsHdr>\n")
                .append("  <mets:fileSec ID=\"file-section\">\n    <mets:fileGrp ID=\"rep1\" USE=\"Representations/rep1\">\n");
        List<String> ids = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String fileId = "file-" + (++n);
            ids.add(fileId);
            xml.append("      <mets:file ID=\"").append(fileId).append("\" MIMETYPE=\"").append(file.getKey().endsWith(".pdf") ? "application/pdf" : "text/csv")
                    .append("\" SIZE=\"").append(file.getValue().length).append("\" CREATED=\"").append(now)
                    .append("\" CHECKSUM=\"").append(Sha256.hex(file.getValue()).toUpperCase(java.util.Locale.ROOT)).append("\" CHECKSUMTYPE=\"SHA-256\">\n")
                    .append("        <mets:FLocat LOCTYPE=\"URL\" xlink:type=\"simple\" xlink:href=\"").append(xml(file.getKey())).append("\"/>\n")
                    .append("      </mets:file>\n");
        }
        xml.append("    </mets:fileGrp>\n  </mets:fileSec>\n")
                .append("  <mets:structMap ID=\"structmap-csip\" TYPE=\"PHYSICAL\" LABEL=\"CSIP\">\n")
                .append("    <mets:div ID=\"root\" LABEL=\"").append(xml(id)).append("\">\n")
                .append("      <mets:div ID=\"rep1-div\" LABEL=\"Representations/rep1\">\n");
        for (String fileId : ids) {
            xml.append("        <mets:fptr FILEID=\"").append(fileId).append("\"/>\n");
        }
        return xml.append("      </mets:div>\n    </mets:div>\n  </mets:structMap>\n</mets:mets>\n").toString();
    }

    private static String xml(String text) {
        return se.samordna.shared.Xml.text(text);
    }
}
