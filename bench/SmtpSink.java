import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * An SMTP server that keeps what it is sent (GreenMail, from the test class path) on port 3025 until standard input
 * closes or says "count", when it prints how many messages it holds and to how many addresses. For bench/digests.sh.
 */
public class SmtpSink {
    public static void main(String[] args) throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        System.out.println("listening");
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.equals("count")) {
                var messages = mail.getReceivedMessages();
                long addresses = java.util.Arrays.stream(messages).flatMap(m -> {
                    try {
                        return java.util.Arrays.stream(m.getAllRecipients());
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).map(Object::toString).distinct().count();
                System.out.println(messages.length + " messages to " + addresses + " addresses");
            }
        }
        mail.stop();
    }
}
