package se.samordna.association.web;

import se.samordna.shared.UserId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.identity.UserDirectory;
import se.samordna.shared.Role;

/** The system administrator's page: create associations (and become their first ADMIN). */
@Controller
class AdminPages {

    private final Associations associations;
    private final UserDirectory directory;

    AdminPages(Associations associations, UserDirectory directory) {
        this.associations = associations;
        this.directory = directory;
    }

    @GetMapping("/admin/associations")
    String list(Model model) {
        model.addAttribute("all", associations.all());
        return "association/admin";
    }

    @PostMapping("/admin/associations")
    String create(@RequestParam String name) {
        Association created = associations.create(name);
        directory.currentUser().ifPresent(u -> directory.grant(UserId.of(u.id()), created.id(), Role.ADMIN));
        return "redirect:/associations/" + created.id();
    }
}
