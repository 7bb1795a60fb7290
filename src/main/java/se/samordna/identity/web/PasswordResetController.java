package se.samordna.identity.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samordna.identity.ResetRequests;

/**
 * "Glömt lösenordet?": a person gives their username or e-mail address and gets a link to choose a new password at the
 * account's own address. The answer is the same whether or not the account exists, and takes the same time: the lookup and
 * the e-mail happen off the request's thread ({@link ResetRequests}), so the page reveals nothing.
 */
@Controller
class PasswordResetController {

    private final ResetRequests resets;
    private final boolean mailConfigured;

    PasswordResetController(ResetRequests resets, @Value("${spring.mail.host:}") String mailHost) {
        this.resets = resets;
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
            resets.request(account, org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        }
        model.addAttribute("mailConfigured", mailConfigured);
        model.addAttribute("requested", true);
        return "identity/password-reset";
    }
}
