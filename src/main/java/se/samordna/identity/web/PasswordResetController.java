package se.samordna.identity.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samordna.identity.Invitations;

/**
 * "Glömt lösenordet?": a person gives their username or e-mail address and gets a link to choose a new password at the
 * account's own address. The answer is the same whether or not the account exists, so the page reveals nothing.
 */
@Controller
class PasswordResetController {

    private final Invitations invitations;
    private final boolean mailConfigured;

    PasswordResetController(Invitations invitations, @Value("${spring.mail.host:}") String mailHost) {
        this.invitations = invitations;
        this.mailConfigured = !mailHost.isBlank();
    }

    @GetMapping("/password-reset")
    String page(Model model) {
        model.addAttribute("mailConfigured", mailConfigured);
        return "identity/password-reset";
    }

    @PostMapping("/password-reset")
    String request(@RequestParam(required = false) String account, Model model) {
        if (mailConfigured) {
            invitations.requestReset(account);
        }
        model.addAttribute("mailConfigured", mailConfigured);
        model.addAttribute("requested", true);
        return "identity/password-reset";
    }
}
