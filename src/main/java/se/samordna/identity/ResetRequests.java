package se.samordna.identity;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * "Glömt lösenordet?" answered in the same time whoever is named: the request only hands the name to one worker thread
 * and returns. The worker looks the account up, stores the link and (after that commits) sends the e-mail, so neither the
 * lookup nor the mail server's time shows in the answer. At most 100 requests wait; more are dropped, as a flood of
 * requests deserves (each account gets at most one link per 15 minutes anyway).
 */
@Component
public class ResetRequests implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ResetRequests.class);

    private final Invitations invitations;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(100),
            task -> {
                Thread thread = new Thread(task, "password-reset");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    ResetRequests(Invitations invitations) {
        this.invitations = invitations;
    }

    /** Takes the request; {@code origin} is the address the person used, for the link in the letter. */
    public void request(String usernameOrEmail, String origin) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > 254) {
            return;
        }
        worker.execute(() -> {
            try {
                invitations.requestReset(usernameOrEmail, origin);
            } catch (RuntimeException e) {
                log.warn("A password-reset request could not be handled: {}", e.getClass().getSimpleName());
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
