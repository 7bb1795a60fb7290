package se.samordna.association.web;

import se.samordna.shared.UserId;
import se.samordna.shared.AssociationId;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samordna.association.Associations;
import se.samordna.identity.UserDirectory;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/** The home page (the person's associations), an association's start page, and its people. */
@Controller
class AssociationPages {

    private final Associations associations;
    private final UserDirectory directory;
    private final PeopleService people;

    private final se.samordna.notify.Mail mail;

    AssociationPages(Associations associations, UserDirectory directory, PeopleService people, se.samordna.notify.Mail mail) {
        this.associations = associations;
        this.directory = directory;
        this.people = people;
        this.mail = mail;
    }

    @GetMapping("/")
    String home() {
        return "association/home";
    }

    @GetMapping("/associations/{associationId}")
    @AssociationAccess({Role.ADMIN, Role.BOARD, Role.PREPARATION, Role.AUDITOR, Role.INITIATIVE_REPORTER})
    String start(@PathVariable AssociationId associationId, Model model) {
        model.addAttribute("association", associations.get(associationId));
        model.addAttribute("inComparison", associations.inNationalComparison(associationId));
        model.addAttribute("publishesContacts", associations.publishesContacts(associationId));
        return "association/start";
    }

    @PostMapping("/associations/{associationId}/public-contacts")
    @AssociationAccess(Role.ADMIN)
    String publishContacts(@PathVariable AssociationId associationId, @RequestParam boolean publish) {
        associations.publishContacts(associationId, publish);
        return "redirect:/associations/" + associationId;
    }

    @GetMapping("/associations/{associationId}/people")
    @AssociationAccess(Role.ADMIN)
    String people(@PathVariable AssociationId associationId, Model model) {
        model.addAttribute("association", associations.get(associationId));
        model.addAttribute("holders", directory.roleHolders(associationId));
        model.addAttribute("roles", Role.values());
        model.addAttribute("mailConfigured", mail.configured());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "association/people";
    }

    @PostMapping("/associations/{associationId}/people")
    @AssociationAccess(Role.ADMIN)
    String grant(@PathVariable AssociationId associationId, @RequestParam String username,
                 @RequestParam(required = false) String displayName, @RequestParam(required = false) String email,
                 @RequestParam(required = false) String password, @RequestParam String role, RedirectAttributes redirect, Model model,
                 jakarta.servlet.http.HttpServletResponse response) {
        PeopleService.refusePassword(password);
        PeopleService.Granted granted;
        try {
            granted = people.grant(associationId, new PeopleService.Grant(username, displayName, email, parseRole(role)));
        } catch (InvalidInputException | se.samordna.shared.ConflictException e) {
            // The form again with the reason and everything typed, never the error page.
            Map<String, Object> kept = new java.util.HashMap<>();
            kept.put("username", username);
            kept.put("displayName", displayName);
            kept.put("email", email);
            kept.put("role", role);
            kept.put("_problems", se.samordna.shared.Refusal.messages(e, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            model.addAttribute("form", kept);
            response.setStatus(se.samordna.shared.Refusal.status(e));
            return people(associationId, model);
        }
        redirect.addFlashAttribute("saved", true);
        granted.invitation().ifPresent(link -> showOnce(redirect, granted.userId(), link));
        return "redirect:/associations/" + associationId + "/people";
    }

    @PostMapping("/associations/{associationId}/people/{userId}/invitation")
    @AssociationAccess(Role.ADMIN)
    String reinvite(@PathVariable AssociationId associationId, @PathVariable UUID userId, RedirectAttributes redirect) {
        showOnce(redirect, userId, people.reinvite(associationId, userId));
        return "redirect:/associations/" + associationId + "/people";
    }

    private void showOnce(RedirectAttributes redirect, UUID userId, se.samordna.identity.Invitations.Link link) {
        redirect.addFlashAttribute("invitationFor", directory.find(UserId.of(userId)).map(UserDirectory.Person::displayName).orElse(""));
        redirect.addFlashAttribute("invitationExpires", link.expiresText());
        if (people.mailed(userId)) {
            redirect.addFlashAttribute("invitationMailedTo", directory.email(UserId.of(userId)).orElse(""));
        } else {
            redirect.addFlashAttribute("invitationLink", link.url());
        }
    }

    @PostMapping("/associations/{associationId}/people/revoke")
    @AssociationAccess(Role.ADMIN)
    String revoke(@PathVariable AssociationId associationId, @RequestParam UUID userId, @RequestParam String role) {
        directory.revoke(UserId.of(userId), associationId, parseRole(role));
        return "redirect:/associations/" + associationId + "/people";
    }

    static Role parseRole(String role) {
        try {
            return Role.valueOf(role);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(Text.of("place.roll"), Text.of("error.okandRollValjAdminBoard", role));
        }
    }
}
