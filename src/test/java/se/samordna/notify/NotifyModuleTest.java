package se.samordna.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;
import se.samordna.identity.InvitationIssued;
import se.samordna.identity.Invitations;
import se.samordna.identity.UserDirectory;
import se.samordna.platform.ModuleTestDatabase;
import se.samordna.platform.SharedDatabaseModuleTest;

/**
 * E-mail on its own (with identity, whose event it listens to, and what identity needs): an issued invitation reaches the person's own address
 * with an absolute link and no password; a person without an address gets nothing.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
class NotifyModuleTest extends SharedDatabaseModuleTest {

    /** Started before the context is made (the module test's context is built before JUnit extensions run). */
    static final GreenMail smtp = started();

    private static GreenMail started() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("samordna.base-url", () -> "https://samordna.example.se");
    }

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserDirectory directory;

    @Test
    void anIssuedInvitationReachesThePersonsOwnAddressWithAnAbsoluteLink() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ModuleTestDatabase.as("admin-test", () -> {
            UUID invited = directory.createInvited("inbjuden-" + suffix, "Inbjuden Ledamot", "ledamot-" + suffix + "@example.se", false);
            UUID withoutAddress = directory.createInvited("utan-" + suffix, "Utan Adress", null, false);
            OffsetDateTime expires = OffsetDateTime.parse("2026-12-01T12:00:00+01:00");
            events.publishEvent(new InvitationIssued(invited, null, Invitations.Purpose.INVITATION, "/invitation/abc123", expires, null));
            events.publishEvent(new InvitationIssued(withoutAddress, null, Invitations.Purpose.INVITATION, "/invitation/def456", expires, null));
        });
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0]).hasToString("ledamot-" + suffix + "@example.se");
        assertThat(received[0].getSubject()).isEqualTo("Du är inbjuden till Samordna");
        String body = received[0].getContent().toString();
        assertThat(body).contains("https://samordna.example.se/invitation/abc123").contains("inbjuden-" + suffix)
                .doesNotContain("def456");
    }
}
