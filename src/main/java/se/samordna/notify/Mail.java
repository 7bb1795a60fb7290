package se.samordna.notify;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Plain-text e-mail through Spring Boot's mail settings. Without {@code spring.mail.host} nothing is sent and
 * {@link #configured()} says so, so pages can tell the director to pass a link on by hand. Every text is sent as plain
 * text (no HTML), and line breaks are taken out of subjects and addresses, so nothing a person typed can add a header.
 */
@Component
public class Mail {

    private static final Logger log = LoggerFactory.getLogger(Mail.class);

    /** One message: the address, a one-line subject and a plain-text body. */
    public record Message(String to, String subject, String text) {
    }

    private final Optional<JavaMailSender> sender;
    private final String host;
    private final String from;
    private final String baseUrl;

    Mail(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
         @Value("${samordna.mail.from:samordna@localhost}") String from, @Value("${samordna.base-url:}") String baseUrl) {
        this.sender = Optional.ofNullable(sender.getIfAvailable());
        this.host = host;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Whether e-mail can be sent at all (an SMTP server is set). */
    public boolean configured() {
        return sender.isPresent() && !host.isBlank();
    }

    /** Sends, or returns false (and logs why) when e-mail is not set up or the server refuses. */
    public boolean send(Message message) {
        if (!configured() || message.to() == null || message.to().isBlank()) {
            return false;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(oneLine(message.to()));
        mail.setSubject(oneLine(message.subject()));
        mail.setText(message.text());
        try {
            sender.get().send(mail);
            return true;
        } catch (MailException e) {
            log.warn("E-mail to a person could not be sent: {}", e.getMessage());
            return false;
        }
    }

    /**
     * An absolute link to a path of the application: from {@code samordna.base-url} when set (as it must be for
     * reminders sent without a request), else from the address the current request came in on.
     */
    public String link(String path) {
        return link(path, null);
    }

    /** As {@link #link(String)}, with the request's own address given by whoever knew it (work done off the request's thread). */
    public String link(String path, String origin) {
        if (!baseUrl.isBlank()) {
            return baseUrl + path;
        }
        if (origin != null && !origin.isBlank()) {
            return origin + path;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
        }
        return "http://localhost:8080" + path;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ").strip();
    }
}
