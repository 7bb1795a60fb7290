package se.samordna.notify;

import se.samordna.shared.UserId;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import se.samordna.identity.InvitationIssued;
import se.samordna.identity.Invitations;
import se.samordna.identity.UserDirectory;
import se.samordna.shared.Text;

/**
 * Sends an invitation or a password-reset link to the person's own address once it is stored. No password travels by
 * e-mail: the link lets the person choose one, works once, and stops working when it expires.
 */
@Component
class InvitationMail {

    private final Mail mail;
    private final UserDirectory directory;

    InvitationMail(Mail mail, UserDirectory directory) {
        this.mail = mail;
        this.directory = directory;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void issued(InvitationIssued issued) {
        String to = directory.email(UserId.of(issued.userId())).orElse(null);
        var person = directory.find(UserId.of(issued.userId())).orElse(null);
        if (to == null || person == null) {
            return;
        }
        String link = mail.link(issued.path(), issued.origin());
        String expires = issued.expiresAt().atZoneSameInstant(ZoneId.of("Europe/Stockholm")).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ');
        boolean reset = issued.purpose() == Invitations.Purpose.RESET;
        // The person's language is not known before they log in: the letter is in Swedish, then in English.
        Text body = Text.of(reset ? "invitationMail.reset" : "invitationMail.invited", person.displayName(), person.username(), link, expires);
        String text = body.swedish() + "\n\n---\n\n" + body.in(Locale.ENGLISH);
        mail.send(new Mail.Message(to, Text.of(reset ? "invitationMail.resetSubject" : "invitationMail.invitedSubject").swedish(), text));
    }
}
