package se.samordna.board.web;

import se.samordna.shared.MeetingId;
import se.samordna.shared.AssociationId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import se.samordna.board.AdjusterLinks;
import se.samordna.board.Meetings;
import se.samordna.plan.Plans;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/**
 * Adjustment through e-mailed links: the director sends each adjuster a link; the adjuster, without an account, reads the
 * minutes and confirms; the last confirmation adjusts the minutes.
 */
@Controller
class AdjustmentPages {

    private final AdjusterLinks links;
    private final Meetings meetings;
    private final Plans plans;

    AdjustmentPages(AdjusterLinks links, Meetings meetings, Plans plans) {
        this.links = links;
        this.meetings = meetings;
        this.plans = plans;
    }

    record LinkRequest(List<AdjusterLinks.Adjuster> adjusters) {
    }

    @PostMapping("/api/v1/associations/{associationId}/meetings/{meetingId}/minutes/adjusters")
    @AssociationAccess(Role.ADMIN)
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> sendApi(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId, @RequestBody LinkRequest request) {
        links.send(associationId, meetingId, request.adjusters());
        return Map.of("adjusters", links.requests(associationId, meetingId));
    }

    @PostMapping("/associations/{associationId}/meetings/{meetingId}/minutes/adjusters")
    @AssociationAccess(Role.ADMIN)
    String sendPage(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId,
                    @org.springframework.web.bind.annotation.RequestParam Map<String, String> form) {
        Meetings.Meeting meeting = meetings.get(associationId, meetingId);
        List<AdjusterLinks.Adjuster> adjusters = new java.util.ArrayList<>();
        for (int i = 0; i < meeting.adjusters().size(); i++) {
            String email = form.get("email" + i);
            if (email != null && !email.isBlank()) {
                adjusters.add(new AdjusterLinks.Adjuster(meeting.adjusters().get(i), email));
            }
        }
        links.send(associationId, meetingId, adjusters);
        return "redirect:/associations/" + associationId + "/meetings/" + meetingId + "#adjustment";
    }

    @GetMapping("/public/adjust/{token}")
    String page(@PathVariable String token, Model model) {
        AdjusterLinks.Holder holder = links.holder(token).orElseThrow(() -> new NotFoundException(Text.of("board.error.adjustLinkInvalid")));
        model.addAttribute("holder", holder);
        model.addAttribute("token", token);
        model.addAttribute("meeting", meetings.get(holder.associationId(), MeetingId.of(holder.meetingId())));
        model.addAttribute("association", plans.find(holder.associationId()).map(p -> p.plan().association().name()).orElse(""));
        return "board/adjust";
    }

    @PostMapping("/public/adjust/{token}")
    String confirm(@PathVariable String token) {
        links.confirm(token);
        return "redirect:/public/adjust/" + token;
    }
}
