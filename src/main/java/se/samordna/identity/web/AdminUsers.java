package se.samordna.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samordna.identity.UserDirectory;

/** The system administrator's list of people; creates people, also with the NATIONAL role. */
@Controller
class AdminUsers {

    private final UserDirectory directory;

    AdminUsers(UserDirectory directory) {
        this.directory = directory;
    }

    record NewPerson(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String displayName,
                     @NotBlank @Size(max = 200) String password, boolean national) {
    }

    @GetMapping("/admin/users")
    String page(Model model) {
        model.addAttribute("people", directory.all());
        return "identity/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
                  @RequestParam(defaultValue = "false") boolean national) {
        directory.createUser(username, displayName, password, false, national, true);
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
    Map<String, UUID> createApi(@Valid @RequestBody NewPerson person) {
        return Map.of("id", directory.createUser(person.username(), person.displayName(), person.password(), false,
                person.national(), true));
    }
}
