package se.samordna.documents.web;

import se.samordna.shared.MeetingId;
import se.samordna.shared.AssociationId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.board.Meetings;
import se.samordna.documents.BoardDocuments;
import se.samordna.documents.FundingRequests;
import se.samordna.documents.MinutesArchive;
import se.samordna.documents.PlanArchive;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Sha256;
import se.samordna.shared.Slug;
import se.samordna.shared.Text;

/** The board's documents: notice, minutes (archived once adjusted), the December board pack and the requests for funds. */
@RestController
@Tag(name = "Board documents", description = "Notice, minutes, the December board pack and each member's request for funds, as PDF and DOCX")
class BoardDocumentController {

    private static final MediaType DOCX = MediaType.valueOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final BoardDocuments documents;
    private final MinutesArchive archive;
    private final Meetings meetings;
    private final Associations associations;

    private final se.samordna.board.AdjusterLinks adjusterLinks;
    private final se.samordna.documents.YearArchive yearArchive;

    BoardDocumentController(se.samordna.documents.YearArchive yearArchive, BoardDocuments documents, MinutesArchive archive, Meetings meetings, Associations associations,
                            se.samordna.board.AdjusterLinks adjusterLinks) {
        this.adjusterLinks = adjusterLinks;
        this.yearArchive = yearArchive;
        this.documents = documents;
        this.archive = archive;
        this.meetings = meetings;
        this.associations = associations;
    }

    @GetMapping({"/associations/{associationId}/meetings/{meetingId}/minutes.pdf", "/api/v1/associations/{associationId}/meetings/{meetingId}/minutes.pdf"})
    @Operation(summary = "The minutes: once adjusted, the archived bytes (the same every time, SHA-256 in X-Content-SHA256); before that a draft marked so")
    ResponseEntity<byte[]> minutes(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId) {
        Meetings.Meeting meeting = meetings.get(associationId, meetingId);
        if (meeting.adjusted()) {
            PlanArchive.Archived archived = archive.find(associationId, meetingId.value()).orElseThrow(() -> new NotFoundException(Text.of("board.error.meetingNotFound")));
            return file(archived.content(), archived.sha256(), MediaType.APPLICATION_PDF, "protokoll-" + meeting.date() + ".pdf");
        }
        return paper(documents.minutes(associationId, meetingId.value(), null), "pdf");
    }

    @GetMapping({"/associations/{associationId}/meetings/{meetingId}/notice.pdf", "/api/v1/associations/{associationId}/meetings/{meetingId}/notice.pdf"})
    @Operation(summary = "The notice (kallelse) with the agenda and the documents of each item, as PDF")
    ResponseEntity<byte[]> noticePdf(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId) {
        return paper(documents.notice(associationId, meetingId.value()), "pdf");
    }

    @GetMapping({"/associations/{associationId}/meetings/{meetingId}/notice.docx", "/api/v1/associations/{associationId}/meetings/{meetingId}/notice.docx"})
    @Operation(summary = "The notice (kallelse) as DOCX")
    ResponseEntity<byte[]> noticeDocx(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId) {
        return paper(documents.notice(associationId, meetingId.value()), "docx");
    }

    @GetMapping({"/associations/{associationId}/board-pack/{budgetYear}.pdf", "/api/v1/associations/{associationId}/board-pack/{budgetYear}.pdf"})
    @Operation(summary = "The December board pack for the meeting that adopts the plan for budgetYear: notice, economic report through the last month booked, the draft plan, the consultation's responses, each member's contributions and requests for funds")
    ResponseEntity<byte[]> boardPackPdf(@PathVariable AssociationId associationId, @PathVariable int budgetYear) {
        return paper(documents.boardPack(associationId, year(budgetYear)), "pdf");
    }

    @GetMapping({"/associations/{associationId}/board-pack/{budgetYear}.docx", "/api/v1/associations/{associationId}/board-pack/{budgetYear}.docx"})
    @Operation(summary = "The December board pack as DOCX")
    ResponseEntity<byte[]> boardPackDocx(@PathVariable AssociationId associationId, @PathVariable int budgetYear) {
        return paper(documents.boardPack(associationId, year(budgetYear)), "docx");
    }

    @GetMapping("/api/v1/associations/{associationId}/funding-requests/{budgetYear}")
    @Operation(summary = "Each member's request for funds for the plan whose budget year is budgetYear: amounts per plan year (kronor) adding up to the plan's contributions")
    List<Map<String, Object>> fundingRequests(@PathVariable AssociationId associationId, @PathVariable int budgetYear) {
        BoardDocuments.FundingPlan funding = documents.fundingPlan(associationId, year(budgetYear));
        List<Map<String, Object>> result = new ArrayList<>();
        for (FundingRequests.Request r : funding.requests()) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("member", r.member());
            Map<String, Long> amounts = new LinkedHashMap<>();
            r.amounts().forEach((year, money) -> amounts.put(String.valueOf(year), money.kronor()));
            request.put("amounts", amounts);
            request.put("split", r.split());
            request.put("splitBySamordna", r.splitBySamordna());
            String base = "/api/v1/associations/" + associationId + "/funding-requests/" + budgetYear + "/" + Slug.of(r.member(), "member");
            request.put("pdf", base + ".pdf");
            request.put("docx", base + ".docx");
            result.add(request);
        }
        return result;
    }

    @GetMapping({"/associations/{associationId}/funding-requests/{budgetYear}/{member}.pdf",
            "/api/v1/associations/{associationId}/funding-requests/{budgetYear}/{member}.pdf"})
    @Operation(summary = "One member's request for funds, as PDF")
    ResponseEntity<byte[]> fundingRequestPdf(@PathVariable AssociationId associationId, @PathVariable int budgetYear, @PathVariable String member) {
        return fundingRequest(associationId, budgetYear, member, "pdf");
    }

    @GetMapping({"/associations/{associationId}/funding-requests/{budgetYear}/{member}.docx",
            "/api/v1/associations/{associationId}/funding-requests/{budgetYear}/{member}.docx"})
    @Operation(summary = "One member's request for funds, as DOCX")
    ResponseEntity<byte[]> fundingRequestDocx(@PathVariable AssociationId associationId, @PathVariable int budgetYear, @PathVariable String member) {
        return fundingRequest(associationId, budgetYear, member, "docx");
    }

    private ResponseEntity<byte[]> fundingRequest(AssociationId associationId, int budgetYear, String member, String format) {
        BoardDocuments.FundingPlan funding = documents.fundingPlan(associationId, year(budgetYear));
        String name = funding.requests().stream().map(FundingRequests.Request::member).filter(m -> Slug.of(m, "member").equals(member))
                .findFirst().orElseThrow(() -> new NotFoundException(Text.of("board.error.noSuchMember", member.length() > 60 ? member.substring(0, 60) : member)));
        return paper(documents.fundingRequest(associationId, budgetYear, name), format);
    }

    @GetMapping("/public/associations/{slug}/minutes/{meetingId}.pdf")
    @Operation(summary = "Adjusted minutes as posted on the notice board, without sign-in")
    ResponseEntity<byte[]> publicMinutes(@PathVariable String slug, @PathVariable MeetingId meetingId) {
        Association association = associations.findBySlug(slug).orElseThrow(() -> new NotFoundException(Text.of("error.forbundetFinnsInte")));
        PlanArchive.Archived archived = archive.find(association.id(), meetingId.value())
                .orElseThrow(() -> new NotFoundException(Text.of("board.error.meetingNotFound")));
        return file(archived.content(), archived.sha256(), MediaType.APPLICATION_PDF, "protokoll.pdf");
    }

    @GetMapping("/public/adjust/{token}/minutes.pdf")
    @Operation(summary = "The minutes an adjuster's link opens, as they stand")
    ResponseEntity<byte[]> adjusterMinutes(@PathVariable String token) {
        se.samordna.board.AdjusterLinks.Holder holder = adjusterLinks.holder(token)
                .orElseThrow(() -> new NotFoundException(Text.of("board.error.adjustLinkInvalid")));
        Meetings.Meeting meeting = meetings.get(holder.associationId(), MeetingId.of(holder.meetingId()));
        if (meeting.adjusted()) {
            PlanArchive.Archived archived = archive.find(holder.associationId(), holder.meetingId()).orElseThrow();
            return file(archived.content(), archived.sha256(), MediaType.APPLICATION_PDF, "protokoll.pdf");
        }
        return paper(documents.minutes(holder.associationId(), holder.meetingId(), null), "pdf");
    }

    @GetMapping({"/associations/{associationId}/archive/{year}.zip", "/api/v1/associations/{associationId}/archive/{year}.zip"})
    @Operation(summary = "A closed year as one package for the archive (E-ARK CSIP layout, as FGS Paketstruktur): adjusted minutes, decisions, registry, attachments, the adopted plan and the annual report, each file with its SHA-256 in METS.xml")
    ResponseEntity<byte[]> archive(@PathVariable AssociationId associationId, @PathVariable int year) {
        Association association = associations.get(associationId);
        byte[] zip = yearArchive.of(associationId, association.name(), association.slug(), year);
        return file(zip, Sha256.hex(zip), MediaType.valueOf("application/zip"), "arkiv-" + association.slug() + "-" + year + ".zip");
    }

    private static int year(int budgetYear) {
        if (budgetYear < 2000 || budgetYear > 2100) {
            throw new NotFoundException(Text.of("board.error.noPlanForYear", budgetYear));
        }
        return budgetYear;
    }

    private static ResponseEntity<byte[]> paper(BoardDocuments.Paper paper, String format) {
        byte[] content = "docx".equals(format) ? paper.docx() : paper.pdf();
        return file(content, Sha256.hex(content), "docx".equals(format) ? DOCX : MediaType.APPLICATION_PDF, paper.fileName() + "." + format);
    }

    private static ResponseEntity<byte[]> file(byte[] content, String sha, MediaType type, String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + safe + "\"")
                .header("X-Content-SHA256", sha).contentType(type).body(content);
    }
}
