package se.samordna.reminders;

import se.samordna.shared.UserId;
import se.samordna.shared.InitiativeId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;
import se.samordna.association.Association;
import se.samordna.identity.UserDirectory;
import se.samordna.initiative.InitiativeRecords;
import se.samordna.shared.Role;
import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

/**
 * E-mail against a real SMTP server in the test JVM (GreenMail): the invitation goes to the person with an absolute
 * link that lets them choose a password and signs them in; a reset link reaches the account's own address and nothing
 * tells a stranger whether an account exists; the daily digest reaches a reporter with the report due, once a day, and
 * not at all when the person turned reminders off.
 */
@SamordnaTest
class MailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("samordna.base-url", () -> "https://samordna.example.se");
    }

    /** Which threads issued a link (the event is published inside the issuing transaction). */
    @org.springframework.boot.test.context.TestConfiguration
    static class IssuingThreads {
        static final List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        @org.springframework.context.event.EventListener
        void issued(se.samordna.identity.InvitationIssued issued) {
            if (issued.purpose() == se.samordna.identity.Invitations.Purpose.RESET) {
                seen.add(Thread.currentThread().getName());
            }
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    UserDirectory directory;
    @Autowired
    InitiativeRecords records;
    @Autowired
    Reminders reminders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theInvitationIsEmailedWithALinkThatLetsThePersonChooseAPasswordAndSignsThemIn() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        mvc.perform(post("/api/v1/associations/{id}/people", kd.id()).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "kim.karlsson", "displayName": "Kim Karlsson", "email": "kim@forshaga.example.se", "role": "PREPARATION"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.invitationEmailed").value(true))
                .andExpect(jsonPath("$.invitationLink").doesNotExist());

        MimeMessage invitation = only("kim@forshaga.example.se");
        String body = text(invitation);
        assertThat(invitation.getSubject()).isEqualTo("Du är inbjuden till Samordna");
        assertThat(body).contains("Kim Karlsson").contains("kim.karlsson").contains("Inget lösenord skickas med e-post");
        String link = link(body);
        assertThat(link).startsWith("https://samordna.example.se/invitation/");

        String path = link.substring("https://samordna.example.se".length());
        MockHttpSession browser = new MockHttpSession();
        mvc.perform(get(path).session(browser)).andExpect(status().isOk());
        mvc.perform(post(path).session(browser).with(csrf()).param("newPassword", "Lingon-och-blåbär-17").param("repeatPassword", "Lingon-och-blåbär-17"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").session(browser)).andExpect(status().isOk()).andExpect(jsonPath("$.username").value("kim.karlsson"));
        // The link is used up.
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }

    @Test
    void aResetLinkGoesToTheAccountsOwnAddressAndTheAnswerNeverRevealsWhetherAnAccountExists() throws Exception {
        Association kd = people.association("Klarälvdalen");
        String username = people.with(Role.BOARD, kd);
        jdbc.sql("update user_account set email = :e where username = :u").param("e", username + "@example.se").param("u", username).update();

        String unknown = mvc.perform(post("/password-reset").with(csrf()).param("account", "ingen-sadan-person"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String known = mvc.perform(post("/password-reset").with(csrf()).param("account", username.toUpperCase()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sentence(known)).isEqualTo(sentence(unknown)).contains("Om kontot finns");

        MimeMessage reset = only(username + "@example.se");
        // Looked up and issued off the request's thread, so the answer's time does not tell whether the account exists.
        assertThat(IssuingThreads.seen).isNotEmpty().doesNotContain(Thread.currentThread().getName());
        assertThat(reset.getSubject()).isEqualTo("Välj ett nytt lösenord i Samordna");
        assertThat(link(text(reset))).startsWith("https://samordna.example.se/invitation/");
        // A second request within 15 minutes sends nothing more.
        mvc.perform(post("/password-reset").with(csrf()).param("account", username + "@example.se")).andExpect(status().isOk());
        int seen = IssuingThreads.seen.size();
        Thread.sleep(500); // the worker has long taken the request by now
        assertThat(IssuingThreads.seen).hasSize(seen);
        assertThat(to(username + "@example.se")).hasSize(1);
    }

    @Test
    void theDailyDigestReachesTheReporterOnceADayAndNotWhenTurnedOff() throws Exception {
        Association kd = people.association("Klarälvdalen");
        String reporter = people.with(Role.INITIATIVE_REPORTER, kd);
        UUID reporterId = rebusReporter(kd, reporter, "rapport@hagfors.example.se");
        try {
            LocalDate day = LocalDate.of(2025, 8, 20);
            assertThat(reminders.waiting(day).get(reporterId)).extracting(Reminders.Item::text)
                    .contains("Halvårsrapporten 2025H1 för Rebus Hagfors: lämnas senast 2025-08-31.");

            reminders.send(day);
            MimeMessage digest = only("rapport@hagfors.example.se");
            String body = text(digest);
            assertThat(digest.getSubject()).startsWith("Samordna: ");
            assertThat(body).contains("Klarälvdalens Samordningsförbund").contains("Halvårsrapporten 2025H1 för Rebus Hagfors")
                    .contains("https://samordna.example.se/associations/" + kd.id() + "/initiatives/rebus-hagfors")
                    .contains("https://samordna.example.se/account");

            // The same day again (another instance, or a second run): nothing more.
            reminders.send(day);
            assertThat(to("rapport@hagfors.example.se")).hasSize(1);

            // Turned off: the next day's digest is not sent.
            MockHttpSession session = TestPeople.login(mvc, reporter, TestPeople.PASSWORD);
            mvc.perform(post("/account/reminders").session(session).with(csrf())).andExpect(status().is3xxRedirection());
            reminders.send(day.plusDays(1));
            assertThat(to("rapport@hagfors.example.se")).hasSize(1);
        } finally {
            people.asSetup(() -> records.unassignReporter(kd.id(), "rebus-hagfors", reporterId));
        }
    }

    @Test
    void aPersonWhoUsesThePagesInEnglishGetsTheDigestInEnglish() throws Exception {
        Association kd = people.association("Klarälvdalen");
        String reporter = people.with(Role.INITIATIVE_REPORTER, kd);
        UUID reporterId = rebusReporter(kd, reporter, "report@hagfors.example.se");
        try {
            assertThat(directory.language(UserId.of(reporterId))).as("Swedish until chosen").isEqualTo(se.samordna.shared.Text.SWEDISH);
            MockHttpSession session = TestPeople.login(mvc, reporter, TestPeople.PASSWORD);
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/").param("lang", "en").session(session))
                    .andExpect(status().isOk());
            assertThat(directory.language(UserId.of(reporterId))).isEqualTo(java.util.Locale.ENGLISH);

            reminders.send(LocalDate.of(2025, 8, 25)); // a day no other test sends on
            MimeMessage digest = only("report@hagfors.example.se");
            assertThat(digest.getSubject()).isEqualTo("Samordna: 1 thing is waiting for you");
            assertThat(text(digest)).contains("This is waiting for you in Samordna:")
                    .contains("The half-year report 2025H1 for Rebus Hagfors: due by 2025-08-31.").doesNotContain("Halvårsrapporten");
        } finally {
            people.asSetup(() -> {
                records.unassignReporter(kd.id(), "rebus-hagfors", reporterId);
                directory.rememberLanguage(UserId.of(reporterId), se.samordna.shared.Text.SWEDISH);
            });
        }
    }

    /** The person as Rebus Hagfors's reporter, with an e-mail address and reminders on. */
    private UUID rebusReporter(Association kd, String reporter, String email) throws Exception {
        UUID reporterId = directory.findByUsername(reporter).orElseThrow().id();
        jdbc.sql("update user_account set email = :e where id = :id").param("e", email).param("id", reporterId).update();
        people.asSetup(() -> {
            records.assignReporter(kd.id(), InitiativeId.of("rebus-hagfors"), UserId.of(reporterId));
            directory.setReminders(UserId.of(reporterId), true);
        });
        return reporterId;
    }

    /**
     * The board's letters: the notice reaches the ordinary member and, for information, the deputy; each adjuster's link
     * opens the minutes without an account, and the last confirmation adjusts them (a refused or stale link changes nothing).
     */
    @Test
    void theNoticeReachesTheBoardAndTheAdjustersAdjustThroughTheirLinks() throws Exception {
        Association association = people.fromSeed("Testförbundet Kallelsen", "ornskoldsvik-2025.yaml");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, association), TestPeople.PASSWORD);
        String api = "/api/v1/associations/" + association.id();
        String board = mvc.perform(post(api + "/board/seats/from-plan").session(director).with(csrf())).andReturn().getResponse().getContentAsString();
        List<String> ordinary = com.jayway.jsonpath.JsonPath.read(board, "$.seats[?(@.kind == 'ORDINARY')].id");
        List<String> deputies = com.jayway.jsonpath.JsonPath.read(board, "$.seats[?(@.kind == 'DEPUTY')].id");
        mvc.perform(post(api + "/board/seats/" + ordinary.get(0) + "/terms").session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"person\": \"Olle Ordinarie\", \"email\": \"olle@fk.example.se\", \"termFrom\": \"2023-01-01\"}")).andExpect(status().isCreated());
        mvc.perform(post(api + "/board/seats/" + deputies.get(0) + "/terms").session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"person\": \"Ester Ersättare\", \"email\": \"ester@fk.example.se\", \"termFrom\": \"2023-01-01\"}")).andExpect(status().isCreated());
        LocalDate day = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).minusDays(2);
        String meeting = com.jayway.jsonpath.JsonPath.read(mvc.perform(post(api + "/meetings").session(director).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"" + day + "\", \"startsAt\": \"09:00\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post(api + "/meetings/" + meeting + "/items").session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Uppföljning av Jobbspåret\"}")).andExpect(status().isCreated());

        mvc.perform(post("/associations/" + association.id() + "/meetings/" + meeting + "/notice").session(director).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(text(only("olle@fk.example.se"))).contains("ordinarie ledamot").contains("Uppföljning av Jobbspåret");
        assertThat(text(only("ester@fk.example.se"))).contains("För kännedom").contains("ersättare");

        mvc.perform(put(api + "/meetings/" + meeting + "/minutes").session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"present\": [\"" + String.join("\",\"", ordinary) + "\"], \"adjusters\": [\"Olle Ordinarie\", \"Ada Andersson\"], \"items\": []}"))
                .andExpect(status().isOk());
        // Only the minutes' own adjusters get links.
        mvc.perform(post(api + "/meetings/" + meeting + "/minutes/adjusters").session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"adjusters\": [{\"name\": \"Någon annan\", \"email\": \"x@example.se\"}]}")).andExpect(status().isBadRequest());
        mvc.perform(post(api + "/meetings/" + meeting + "/minutes/adjusters").session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"adjusters\": [{\"name\": \"Olle Ordinarie\", \"email\": \"olle@fk.example.se\"}, {\"name\": \"Ada Andersson\", \"email\": \"ada@region.example.se\"}]}"))
                .andExpect(status().isCreated());
        String olle = adjustLink(to("olle@fk.example.se").get(1));
        String ada = adjustLink(text(only("ada@region.example.se")));

        // Without signing in: the link opens the minutes; a made-up link opens nothing.
        assertThat(mvc.perform(get(olle)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Justera protokollet");
        mvc.perform(get(olle + "/minutes.pdf")).andExpect(status().isOk());
        mvc.perform(get("/public/adjust/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());

        mvc.perform(post(olle).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(api + "/meetings/" + meeting).session(director)).andExpect(jsonPath("$.minutes").value("RECORDED"));
        mvc.perform(post(ada).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(api + "/meetings/" + meeting).session(director)).andExpect(jsonPath("$.minutes").value("ADJUSTED"));
        mvc.perform(get("/public/api/associations/" + association.slug() + "/notice-board")).andExpect(jsonPath("$[0].meetingDate").value(day.toString()));
    }

    private static String adjustLink(Object message) throws Exception {
        String body = message instanceof MimeMessage m ? text(m) : String.valueOf(message);
        Matcher m = Pattern.compile("https?://[^/\\s]+(/public/adjust/\\S+)").matcher(body);
        assertThat(m.find()).as("an adjustment link in %s", body).isTrue();
        return m.group(1);
    }

    private static MimeMessage only(String address) throws Exception {
        // Some letters leave after the answer (a reset is handled off the request's thread): wait for this address's.
        for (long until = System.nanoTime() + 10_000_000_000L; to(address).isEmpty() && System.nanoTime() < until; ) {
            Thread.sleep(20);
        }
        List<MimeMessage> messages = to(address);
        assertThat(messages).as("messages to %s", address).hasSize(1);
        return messages.get(0);
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** The body as the person reads it (decoded from the transfer encoding). */
    private static String text(MimeMessage message) throws Exception {
        return String.valueOf(message.getContent());
    }

    private static String link(String body) {
        Matcher m = Pattern.compile("https?://\\S+/invitation/\\S+").matcher(body);
        assertThat(m.find()).as("a link in %s", body).isTrue();
        return m.group();
    }

    private static String sentence(String page) {
        Matcher m = Pattern.compile("id=\"reset-sent\"[^>]*>([^<]*)<").matcher(page);
        return m.find() ? m.group(1) : "";
    }
}
