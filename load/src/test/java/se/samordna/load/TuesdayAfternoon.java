package se.samordna.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A Tuesday afternoon: directors keep their association's plan, budget, initiatives and follow-up, while board
 * members read the follow-up and goals before a meeting and download the year-end report, reporters at the members
 * look at their initiatives' participants, and national readers compare associations. Every virtual person
 * signs in through the login form (with its CSRF token) and works in one of the associations the account holds a
 * role in. Read-only: nothing in the database changes, so it can run against demo data or a copy of production.
 *
 * <p>Settings (-D...): samordna.url (http://localhost:8080), samordna.user (admin), samordna.password
 * (or SAMORDNA_ADMIN_PASSWORD), samordna.year (this year), samordna.directors and samordna.board (people
 * arriving per second, 1 and 1), samordna.reporters and samordna.national (0 and 0: in a national installation,
 * reporters rapportor-06 … rapportor-NN and the national reader, samordna.associations = NN), samordna.seconds (60), samordna.p95 (the 95th percentile in ms the run must
 * stay under, 800).
 */
public class TuesdayAfternoon extends Simulation {

    private static final String URL = System.getProperty("samordna.url", "http://localhost:8080");
    private static final String USER = System.getProperty("samordna.user", "admin");
    private static final String PASSWORD = System.getProperty("samordna.password", System.getenv().getOrDefault("SAMORDNA_ADMIN_PASSWORD", ""));
    private static final int YEAR = Integer.getInteger("samordna.year", LocalDate.now().getYear());
    private static final double DIRECTORS = Double.parseDouble(System.getProperty("samordna.directors", "1"));
    private static final double BOARD = Double.parseDouble(System.getProperty("samordna.board", "1"));
    /** Reporters and national readers exist only in a generated national installation (load/README.md). */
    private static final double REPORTERS = Double.parseDouble(System.getProperty("samordna.reporters", "0"));
    private static final double NATIONAL = Double.parseDouble(System.getProperty("samordna.national", "0"));
    private static final int ASSOCIATIONS = Integer.getInteger("samordna.associations", 76);
    private static final String NATIONAL_READER = System.getProperty("samordna.national-reader", "nationell");
    private static final int SECONDS = Integer.getInteger("samordna.seconds", 60);
    private static final int P95 = Integer.getInteger("samordna.p95", 800);

    private final HttpProtocolBuilder protocol = http.baseUrl(URL).acceptLanguageHeader("sv-SE,sv").acceptHeader("text/html,application/json");

    private static ChainBuilder signIn() {
        return signInAs(USER).exec(http("förbunden (API)").get("/api/v1/associations")
                        .check(jsonPath("$[*].id").findAll().saveAs("associations")))
                .exec(session -> {
                    List<String> ids = session.getList("associations");
                    return session.set("a", ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                });
    }

    /** Signs in through the login form; {@code user} may hold a Gatling expression (#{…}). */
    private static ChainBuilder signInAs(String user) {
        return exec(http("inloggningssidan").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("logga in").post("/login")
                        .formParam("username", user).formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
                        .check(status().is(200), substring("Logga ut")));
    }

    private static ChainBuilder page(String name, String path) {
        return exec(http(name).get(path).check(status().is(200))).pause(Duration.ofMillis(500), Duration.ofSeconds(2));
    }

    private final ScenarioBuilder director = scenario("förbundschef").exec(signIn())
            .exec(page("startsida", "/"))
            .exec(page("förbundet", "/associations/#{a}"))
            .exec(page("budget", "/associations/#{a}/budget"))
            .exec(page("medlemmar och regler", "/associations/#{a}/members"))
            .exec(page("insatser", "/associations/#{a}/initiatives"))
            .exec(page("mål och uppföljning", "/associations/#{a}/goals"))
            .exec(page("deltagaruppföljning", "/associations/#{a}/followup?year=" + YEAR))
            .exec(page("enkäter", "/associations/#{a}/surveys"))
            .exec(page("förändringsteori", "/associations/#{a}/theory-of-change"))
            .exec(page("budget (API)", "/api/v1/associations/#{a}/budget"));

    private final ScenarioBuilder board = scenario("styrelseledamot").exec(signIn())
            .exec(page("startsida", "/"))
            .exec(page("deltagaruppföljning", "/associations/#{a}/followup?year=" + YEAR))
            .exec(page("mål och uppföljning", "/associations/#{a}/goals"))
            .exec(http("verksamhetsplan (PDF)").get("/associations/#{a}/plan.pdf")
                    .check(status().is(200), substring("%PDF")))
            .exec(pause(Duration.ofSeconds(1)))
            .exec(http("årsuppföljning (PDF)").get("/associations/#{a}/year-end.pdf?year=" + YEAR)
                    .check(status().is(200), substring("%PDF")));

    /** A reporter of one generated association: their initiatives, the participants of one, its report list. */
    private final ScenarioBuilder reporter = scenario("rapportör")
            .exec(session -> session.set("reporter", String.format("rapportor-%02d", 6 + ThreadLocalRandom.current().nextInt(ASSOCIATIONS - 5))))
            .exec(signInAs("#{reporter}"))
            .exec(http("förbunden (API)").get("/api/v1/associations").check(jsonPath("$[0].id").saveAs("a")))
            .exec(http("mina insatser (API)").get("/api/v1/associations/#{a}/initiatives")
                    .check(jsonPath("$.initiatives[0].id").saveAs("i")))
            .pause(Duration.ofMillis(500), Duration.ofSeconds(2))
            .exec(page("insatser", "/associations/#{a}/initiatives"))
            .exec(page("deltagare (rapportör)", "/associations/#{a}/initiatives/#{i}/participants"))
            .exec(page("deltagare (API)", "/api/v1/associations/#{a}/initiatives/#{i}/participants"));

    /** A national reader: the comparison across associations, as a page and as JSON. */
    private final ScenarioBuilder national = scenario("nationell läsare").exec(signInAs(NATIONAL_READER))
            .exec(page("nationell jämförelse", "/comparison"))
            .exec(page("nationell jämförelse (API)", "/api/v1/comparison"));

    {
        List<PopulationBuilder> people = new ArrayList<>();
        people.add(director.injectOpen(constantUsersPerSec(DIRECTORS).during(SECONDS)));
        people.add(board.injectOpen(constantUsersPerSec(BOARD).during(SECONDS)));
        if (REPORTERS > 0) {
            people.add(reporter.injectOpen(constantUsersPerSec(REPORTERS).during(SECONDS)));
        }
        if (NATIONAL > 0) {
            people.add(national.injectOpen(constantUsersPerSec(NATIONAL).during(SECONDS)));
        }
        setUp(people).protocols(protocol)
                .assertions(global().failedRequests().count().is(0L), global().responseTime().percentile(95).lt(P95));
    }
}
