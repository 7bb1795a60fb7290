package se.samordna.board.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.board.Meetings;
import se.samordna.board.NoticeBoard;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * The association's notice board (anslagstavla) and its registry, readable without sign-in: adjusted minutes with the day
 * they were posted and the last day to appeal, the coming meetings, and the registry's items without personal data
 * (number, dates, title, status; never a statement's or a decision's free text).
 */
@Controller
class PublicNoticeBoard {

    record Posting(LocalDate meetingDate, LocalDate postedOn, LocalDate appealUntil, String minutes) {
    }

    record RegistryEntry(String registryNumber, LocalDate registeredOn, String title, String subject, String status, Integer paragraph) {
    }

    private final Associations associations;
    private final NoticeBoard noticeBoard;
    private final Meetings meetings;

    PublicNoticeBoard(Associations associations, NoticeBoard noticeBoard, Meetings meetings) {
        this.associations = associations;
        this.noticeBoard = noticeBoard;
        this.meetings = meetings;
    }

    @GetMapping("/public/api/associations/{slug}/notice-board")
    @ResponseBody
    List<Posting> api(@PathVariable String slug) {
        Association association = association(slug);
        return postings(association);
    }

    @GetMapping("/public/associations/{slug}/notice-board")
    String page(@PathVariable String slug, Model model) {
        Association association = association(slug);
        model.addAttribute("association", association);
        model.addAttribute("postings", postings(association));
        model.addAttribute("coming", noticeBoard.coming(association.id(), LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"))));
        model.addAttribute("appealDays", noticeBoard.settings(association.id()).appealDays());
        return "board/notice-board";
    }

    @GetMapping("/public/api/associations/{slug}/registry")
    @ResponseBody
    List<RegistryEntry> registryApi(@PathVariable String slug, @RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) String q) {
        return registry(association(slug), year, q);
    }

    @GetMapping("/public/associations/{slug}/registry")
    String registryPage(@PathVariable String slug, @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
                        Model model) {
        Association association = association(slug);
        model.addAttribute("association", association);
        model.addAttribute("entries", registry(association, year, q));
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        return "board/public-registry";
    }

    private List<RegistryEntry> registry(Association association, Integer year, String q) {
        Map<java.util.UUID, Meetings.Meeting> byId = meetings.list(association.id()).stream()
                .collect(java.util.stream.Collectors.toMap(Meetings.Meeting::id, m -> m));
        return meetings.registry(association.id(), year == null || year < 2000 || year > 2100 ? null : year, q == null || q.length() > 100 ? null : q)
                .stream().map(i -> new RegistryEntry(i.registryNumber(), i.registeredOn(), i.title(), i.subjectType().name(),
                        status(byId.get(i.meetingId()), i), byId.get(i.meetingId()).adjusted() ? i.paragraph() : null)).toList();
    }

    /** REGISTERED until the minutes hold a decision, DECIDED while they are not adjusted, ADJUSTED after. */
    static String status(Meetings.Meeting meeting, Meetings.Item item) {
        if (item.paragraph() == null) {
            return "REGISTERED";
        }
        return meeting.adjusted() ? "ADJUSTED" : "DECIDED";
    }

    private List<Posting> postings(Association association) {
        return noticeBoard.postings(association.id()).stream().map(p -> new Posting(p.meetingDate(), p.postedOn(), p.appealUntil(),
                "/public/associations/" + association.slug() + "/minutes/" + p.meetingId() + ".pdf")).toList();
    }

    private Association association(String slug) {
        return associations.findBySlug(slug).orElseThrow(() -> new NotFoundException(Text.of("error.forbundetFinnsInte")));
    }
}
