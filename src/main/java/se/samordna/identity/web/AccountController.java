package se.samordna.identity.web;

import se.samordna.shared.UserId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samordna.identity.ApiTokens;
import se.samordna.identity.CurrentUser;
import se.samordna.identity.SignIn;
import se.samordna.identity.UserDirectory;
import jakarta.servlet.http.HttpServletRequest;
import se.samordna.shared.ForbiddenException;
import se.samordna.shared.Text;

/** Login page, the person's own account: password change and API tokens. */
@Controller
class AccountController {

    private final UserDirectory directory;
    private final ApiTokens tokens;
    private final SignIn signIn;

    private final org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> clients;

    AccountController(UserDirectory directory, ApiTokens tokens, SignIn signIn,
                      org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> clients) {
        this.directory = directory;
        this.tokens = tokens;
        this.signIn = signIn;
        this.clients = clients;
    }

    record NewToken(@NotBlank @Size(max = 100) String name) {
    }

    record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
    }

    @GetMapping("/login")
    String login(Model model, jakarta.servlet.http.HttpSession session) {
        java.util.List<Provider> providers = new java.util.ArrayList<>();
        if (clients.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                var client = (org.springframework.security.oauth2.client.registration.ClientRegistration) registration;
                providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
            }
        }
        model.addAttribute("providers", providers);
        Object refused = session.getAttribute(se.samordna.identity.SignIn.OIDC_ERROR);
        if (refused != null) {
            model.addAttribute("oidcError", refused);
            session.removeAttribute(se.samordna.identity.SignIn.OIDC_ERROR);
        }
        return "identity/login";
    }

    /** An identity provider people can sign in through: its registration id and the name shown on the button. */
    record Provider(String id, String name) {
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("tokens", tokens.list(me().id()));
        model.addAttribute("wantsReminders", directory.wantsReminders(UserId.of(me().id())));
        return "identity/account";
    }

    @PostMapping("/account/reminders")
    String reminders(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean wanted) {
        directory.setReminders(UserId.of(me().id()), wanted);
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
                          @RequestParam String repeatPassword, RedirectAttributes redirect, HttpServletRequest request) {
        if (!newPassword.equals(repeatPassword)) {
            throw new se.samordna.shared.InvalidInputException(se.samordna.shared.Text.of("place.repeatPassword"),
                    se.samordna.shared.Text.of("account.passwordsDiffer"));
        }
        boolean forced = directory.changePassword(UserId.of(me().id()), currentPassword, newPassword);
        signIn.keepThisSession(request, me().id());
        redirect.addFlashAttribute("passwordChanged", true);
        // After the one-time password, the person goes on to their association, not to the API keys.
        return forced ? "redirect:/" : "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam String name, RedirectAttributes redirect) {
        redirect.addFlashAttribute("newToken", tokens.create(me().id(), name));
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable UUID tokenId) {
        tokens.revoke(me().id(), tokenId);
        return "redirect:/account";
    }

    @GetMapping("/api/v1/me")
    @ResponseBody
    CurrentUser meApi() {
        return me();
    }

    @PostMapping("/api/v1/me/password")
    @ResponseBody
    Map<String, Boolean> changePasswordApi(@Valid @RequestBody PasswordChange change, HttpServletRequest request) {
        directory.changePassword(UserId.of(me().id()), change.currentPassword(), change.newPassword());
        signIn.keepThisSession(request, me().id());
        return Map.of("changed", true);
    }

    @GetMapping("/api/v1/me/tokens")
    @ResponseBody
    List<ApiTokens.TokenInfo> tokensApi() {
        return tokens.list(me().id());
    }

    @PostMapping("/api/v1/me/tokens")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> createTokenApi(@Valid @RequestBody NewToken request) {
        return Map.of("token", tokens.create(me().id(), request.name()));
    }

    private CurrentUser me() {
        return directory.currentUser().orElseThrow(() -> new ForbiddenException(Text.of("error.inloggningKravs")));
    }
}
