package se.samordna.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement that the law on accessibility of digital public services (DOS-lagen) asks of public
 * bodies' services, reachable from every page's footer without signing in. Where to report a problem is a setting
 * of the installation ({@code samordna.accessibility.contact}).
 */
@Controller
class AccessibilityController {

    private final String contact;

    AccessibilityController(@Value("${samordna.accessibility.contact:}") String contact) {
        this.contact = contact;
    }

    @GetMapping("/accessibility")
    String statement(Model model) {
        model.addAttribute("contact", contact.isBlank() ? null : contact);
        return "accessibility";
    }
}
