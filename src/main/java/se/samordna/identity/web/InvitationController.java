package se.samordna.identity.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.samordna.identity.Invitations;
import se.samordna.identity.SignIn;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Text;

/** A person's own link: they choose their password here and are signed in. Reached without login. */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final SignIn signIn;

    InvitationController(Invitations invitations, SignIn signIn) {
        this.invitations = invitations;
        this.signIn = signIn;
    }

    /**
     * A link opened in a session where someone is already signed in (a director trying the link they made, or a shared
     * computer) is not accepted there: the person would become someone else in the middle of their session. The page says
     * to sign out first; the link stays usable and the session is unchanged.
     */
    private static boolean signedIn(Model model, HttpServletResponse response) {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return false;
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("signedInAs", authentication.getName());
        return true;
    }

    @GetMapping("/invitation/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        if (signedIn(model, response)) {
            return "identity/invitation";
        }
        var holder = invitations.holder(token);
        if (holder.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("invalid", true);
        } else {
            model.addAttribute("holder", holder.get());
            model.addAttribute("token", token);
        }
        return "identity/invitation";
    }

    @PostMapping("/invitation/{token}")
    String accept(@PathVariable String token, @RequestParam(required = false) String newPassword,
                  @RequestParam(required = false) String repeatPassword, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        if (signedIn(model, response)) {
            return "identity/invitation";
        }
        var holder = invitations.holder(token);
        if (holder.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("invalid", true);
            return "identity/invitation";
        }
        try {
            if (newPassword == null || !newPassword.equals(repeatPassword)) {
                throw new InvalidInputException(Text.of("place.upprepaLosenord"), Text.of("error.deTvaLosenordenArInte"));
            }
            Invitations.Holder accepted = invitations.accept(token, newPassword);
            signIn.signIn(request, response, accepted.userId());
            return "redirect:/";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("holder", holder.get());
            model.addAttribute("token", token);
            model.addAttribute("error", e.problems().get(0).message(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            return "identity/invitation";
        }
    }
}
