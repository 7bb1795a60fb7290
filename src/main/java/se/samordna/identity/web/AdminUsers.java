package se.samordna.identity.web;

import se.samordna.shared.UserId;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samordna.identity.Invitations;
import se.samordna.identity.UserDirectory;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Text;

/**
 * The system administrator's list of people: creates people (also with the NATIONAL role), who choose their own
 * password through an invitation link; disables and enables accounts (a disabled account's API keys are revoked
 * and its sessions end).
 */
@Controller
class AdminUsers {

    private final UserDirectory directory;
    private final Invitations invitations;

    AdminUsers(UserDirectory directory, Invitations invitations) {
        this.directory = directory;
        this.invitations = invitations;
    }

    record NewPerson(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String displayName,
                     @Size(max = 254) String email, @Size(max = 200) String password, boolean national) {
    }

    record Created(UUID id, String invitationLink, java.time.OffsetDateTime invitationExpires) {
    }

    record Disabled(boolean disabled) {
    }

    @GetMapping("/admin/users")
    String page(Model model) {
        model.addAttribute("people", directory.all());
        return "identity/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam(required = false) String email,
                  @RequestParam(required = false) String password, @RequestParam(defaultValue = "false") boolean national,
                  RedirectAttributes redirect) {
        Invitations.Link link = invite(new NewPerson(username, displayName, email, password, national)).link();
        redirect.addFlashAttribute("invitationFor", displayName);
        redirect.addFlashAttribute("invitationLink", link.url());
        redirect.addFlashAttribute("invitationExpires", link.expiresText());
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{userId}/disabled")
    String disable(@PathVariable UUID userId, @RequestParam boolean disabled) {
        directory.setDisabled(UserId.of(userId), disabled);
        return "redirect:/admin/users";
    }

    @GetMapping("/api/v1/admin/users")
    @ResponseBody
    List<UserDirectory.Person> list() {
        return directory.all();
    }

    @PostMapping("/api/v1/admin/users")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@Valid @RequestBody NewPerson person) {
        Invitations.Invited invited = invite(person);
        return new Created(invited.userId(), invited.link().url(), invited.link().expiresAt());
    }

    private Invitations.Invited invite(NewPerson person) {
        if (person.password() != null) {
            throw new InvalidInputException(Text.of("place.losenord"), Text.of("error.losenordValjsAvPersonenSjalv"));
        }
        return invitations.createPerson(person.username(), person.displayName(), person.email(), person.national());
    }

    @PutMapping("/api/v1/admin/users/{userId}/disabled")
    @ResponseBody
    Disabled disableApi(@PathVariable UUID userId, @RequestBody Disabled request) {
        directory.setDisabled(UserId.of(userId), request.disabled());
        return request;
    }
}
