package se.samordna.association.web;

import se.samordna.shared.UserId;
import se.samordna.shared.AssociationId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.identity.CurrentUser;
import se.samordna.identity.UserDirectory;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.ForbiddenException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

@RestController
@Tag(name = "Associations", description = "The samordningsförbund the caller has a role in")
class AssociationApi {

    private final Associations associations;
    private final UserDirectory directory;
    private final PeopleService people;

    AssociationApi(Associations associations, UserDirectory directory, PeopleService people) {
        this.associations = associations;
        this.directory = directory;
        this.people = people;
    }

    record AssociationView(UUID id, String name, String slug, Set<Role> roles) {
    }

    record CreateAssociation(@NotBlank @Size(min = 3, max = 200) String name) {
    }

    record GrantRole(@NotBlank @Size(max = 64) String username, @Size(max = 200) String displayName,
                     @Size(max = 254) String email, @Size(max = 200) String password, @NotBlank String role) {
    }

    /** {@code accepted}: the person has chosen their own password through their invitation. */
    record RoleHolderView(UUID userId, String username, String displayName, Role role, boolean accepted) {
    }

    /** {@code invitationLink} only when it was not e-mailed to the person ({@code invitationEmailed}). */
    record Granted(UUID userId, String invitationLink, java.time.OffsetDateTime invitationExpires, boolean invitationEmailed) {
    }

    @GetMapping("/api/v1/associations")
    @Operation(summary = "The associations where the caller holds a role")
    List<AssociationView> mine() {
        CurrentUser user = currentUser();
        Map<UUID, Set<Role>> roles = directory.rolesByAssociation(UserId.of(user.id()));
        return associations.withIds(roles.keySet()).stream()
                .map(a -> new AssociationView(a.id().value(), a.name(), a.slug(), roles.get(a.id().value()))).toList();
    }

    @GetMapping("/api/v1/associations/{associationId}")
    @AssociationAccess({Role.ADMIN, Role.BOARD, Role.PREPARATION, Role.AUDITOR, Role.INITIATIVE_REPORTER})
    AssociationView one(@PathVariable AssociationId associationId) {
        Association a = associations.get(associationId);
        return new AssociationView(a.id().value(), a.name(), a.slug(), directory.rolesIn(UserId.of(currentUser().id()), associationId));
    }

    @GetMapping("/api/v1/associations/{associationId}/people")
    @AssociationAccess(Role.ADMIN)
    List<RoleHolderView> people(@PathVariable AssociationId associationId) {
        return directory.roleHolders(associationId).stream()
                .map(h -> new RoleHolderView(h.userId().value(), h.username(), h.displayName(), h.role(), h.accepted())).toList();
    }

    @PostMapping("/api/v1/associations/{associationId}/people")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Give a person a role; a new person is created without a password and gets an invitation link "
            + "of their own (invitationLink, shown only in this answer) to choose it. A password in the request is refused.")
    Granted grant(@PathVariable AssociationId associationId, @Valid @RequestBody GrantRole grant) {
        PeopleService.refusePassword(grant.password());
        PeopleService.Granted granted = people.grant(associationId, new PeopleService.Grant(grant.username(), grant.displayName(),
                grant.email(), AssociationPages.parseRole(grant.role())));
        boolean mailed = granted.invitation().isPresent() && people.mailed(granted.userId());
        return new Granted(granted.userId(), mailed ? null : granted.invitation().map(se.samordna.identity.Invitations.Link::url).orElse(null),
                granted.invitation().map(se.samordna.identity.Invitations.Link::expiresAt).orElse(null), mailed);
    }

    @PostMapping("/api/v1/associations/{associationId}/people/{userId}/invitation")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new invitation link for a person of the association who has not chosen a password yet")
    Granted reinvite(@PathVariable AssociationId associationId, @PathVariable UUID userId) {
        se.samordna.identity.Invitations.Link link = people.reinvite(associationId, userId);
        boolean mailed = people.mailed(userId);
        return new Granted(userId, mailed ? null : link.url(), link.expiresAt(), mailed);
    }

    @PostMapping("/api/v1/admin/associations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an association (system administrator); the creator becomes its ADMIN")
    AssociationView create(@Valid @RequestBody CreateAssociation request) {
        CurrentUser user = currentUser();
        Association created = associations.create(request.name());
        directory.grant(UserId.of(user.id()), created.id(), Role.ADMIN);
        return new AssociationView(created.id().value(), created.name(), created.slug(), Set.of(Role.ADMIN));
    }

    private CurrentUser currentUser() {
        return directory.currentUser().orElseThrow(() -> new ForbiddenException(Text.of("error.inloggningKravs")));
    }
}
