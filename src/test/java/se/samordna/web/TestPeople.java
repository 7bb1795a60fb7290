package se.samordna.web;

import se.samordna.shared.UserId;
import se.samordna.shared.AssociationId;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.UUID;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.identity.UserDirectory;
import se.samordna.shared.Role;

/** Creates people with roles through the domain and signs them in through the real login form. */
@Component
public class TestPeople {

    public static final String PASSWORD = "a-long-test-password";

    private final UserDirectory directory;
    private final Associations associations;
    private final TransactionTemplate transaction;
    private final se.samordna.plan.Plans plans;
    @org.springframework.beans.factory.annotation.Autowired
    private se.samordna.identity.ApiTokens tokens;

    TestPeople(UserDirectory directory, Associations associations, TransactionTemplate transaction, se.samordna.plan.Plans plans) {
        this.directory = directory;
        this.associations = associations;
        this.transaction = transaction;
        this.plans = plans;
    }

    /** A new association of the test's own (its name must not contain a seed's name) with a seed plan imported as its draft. */
    public Association fromSeed(String name, String seedFile) {
        Association[] created = new Association[1];
        asSetup(() -> {
            created[0] = associations.create(name);
            plans.importFile(created[0].id(), se.samordna.plan.Seeds.text(seedFile), null);
        });
        return created[0];
    }

    /** Puts the association's plan back to its seed file, so tests that change it leave nothing behind. */
    public void restoreSeed(Association association, String file) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("test-setup", null, java.util.List.of()));
        try {
            plans.importFile(association.id(), se.samordna.plan.Seeds.text(file), plans.get(association.id()).version());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public Association association(String namePart) {
        return associations.all().stream().filter(a -> a.name().contains(namePart)).findFirst().orElseThrow();
    }

    /** The person with exactly this role in this association (created on first use). */
    public String with(Role role, Association association) {
        String username = (role.name() + "-" + association.slug()).toLowerCase().replace('_', '-');
        if (username.length() > 60) {
            username = username.substring(0, 60);
        }
        String name = username;
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("test-setup", null, java.util.List.of()));
        try {
            transaction.executeWithoutResult(status -> {
                UUID id = directory.findByUsername(name).map(UserDirectory.Person::id)
                        .orElseGet(() -> directory.createUser(name, "Test " + role, PASSWORD, false, false));
                directory.grant(UserId.of(id), association.id(), role);
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
        return username;
    }

    @org.springframework.beans.factory.annotation.Autowired
    private se.samordna.followup.RecordsDecision recordsDecision;

    /** The association decides to keep participant records (off by default), naming its first member responsible. */
    public void keepRecords(Association association) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("test-setup", null, java.util.List.of()));
        try {
            if (!recordsDecision.recordsKept(association.id())) {
                var members = plans.get(association.id()).plan().members().stream().map(se.samordna.plan.Member::name).toList();
                recordsDecision.decide(association.id(), true, members.get(0), 36, java.time.LocalDate.of(2025, 1, 15), "§ 4",
                        java.util.Set.copyOf(members), recordsDecision.of(association.id()).map(se.samordna.followup.RecordsDecision.Decision::version).orElse(null));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Runs set-up work as the test's own actor (what it writes is audited as "test-setup"). */
    public void asSetup(Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("test-setup", null, java.util.List.of()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A new API key of the person, for requests over real HTTP. */
    public String apiToken(String username) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null, java.util.List.of()));
        try {
            return tokens.create(directory.findByUsername(username).orElseThrow().id(), "test");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        if (result.getResponse().getRedirectedUrl() == null || result.getResponse().getRedirectedUrl().contains("error")) {
            throw new AssertionError("login failed for " + username + ": " + result.getResponse().getRedirectedUrl());
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
