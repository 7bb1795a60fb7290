package se.samordna.notify;

import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import se.samordna.identity.InvitationIssued;
import se.samordna.identity.Invitations;
import se.samordna.identity.UserDirectory;

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
        String to = directory.email(issued.userId()).orElse(null);
        var person = directory.find(issued.userId()).orElse(null);
        if (to == null || person == null) {
            return;
        }
        String link = mail.link(issued.path());
        String expires = issued.expiresAt().atZoneSameInstant(ZoneId.of("Europe/Stockholm")).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ');
        boolean reset = issued.purpose() == Invitations.Purpose.RESET;
        String subject = reset ? "Välj ett nytt lösenord i Samordna" : "Du är inbjuden till Samordna";
        String text = "Hej " + person.displayName() + "!\n\n"
                + (reset ? "Någon (förhoppningsvis du) bad om ett nytt lösenord för ditt konto " + person.username() + " i Samordna.\n"
                        + "Om det inte var du kan du bortse från det här brevet; ditt lösenord är oförändrat.\n\n"
                        : "Du har fått ett konto i Samordna, med användarnamnet " + person.username() + ".\n\n")
                + "Öppna länken och välj ditt lösenord:\n" + link + "\n\n"
                + "Länken fungerar en gång och till " + expires + ". Inget lösenord skickas med e-post.\n\n"
                + (reset ? "Someone asked for a new password for your Samordna account. Open the link to choose one.\n"
                        : "You have been given an account in Samordna. Open the link to choose your password.\n");
        mail.send(new Mail.Message(to, subject, text));
    }
}
