package se.samordna.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.samordna.association.Association;
import se.samordna.shared.Role;
import tools.jackson.databind.json.JsonMapper;

/** Requests as an attacker sends them, over real HTTP to the real server (Tomcat decodes them, not a mock). */
@SamordnaTest
class HostileRequestsTest {

    @LocalServerPort
    int port;
    @Autowired
    TestPeople people;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /**
     * PUT {@code body}, chunked, on a socket of its own; sending stops when the server stops
     * reading. Returns the answer's status line, headers and body as text.
     */
    private String chunkedPut(String path, String key, java.io.InputStream body) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            Thread sender = new Thread(() -> {
                try {
                    out.write(("PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                            + "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    java.io.InputStream in = new java.io.BufferedInputStream(body, 1 << 16);
                    byte[] chunk = new byte[1 << 16];
                    for (int n = in.readNBytes(chunk, 0, chunk.length); n > 0; n = in.readNBytes(chunk, 0, chunk.length)) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                        out.write(chunk, 0, n);
                        out.write(new byte[]{'\r', '\n'});
                    }
                    out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    out.flush();
                } catch (java.io.IOException stopped) {
                    // the server answered and closed: what a client sees then is the answer below
                }
            });
            sender.start();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            java.io.InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0 && answer.size() < 100_000; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(java.nio.charset.StandardCharsets.UTF_8).contains("}")) {
                        break;
                    }
                }
            } catch (java.net.SocketException reset) {
                // a reset after the answer arrived
            }
            socket.close();
            sender.join(60_000);
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A director's API key, so requests need no session or CSRF token. */
    private String directorKey(Association association) {
        return people.apiToken(people.with(Role.ADMIN, association));
    }

    @Test
    void anInvalidPercentEscapeAnywhereIsA400WithAShortAnswer() throws Exception {
        for (String path : new String[]{"/login?x=%ff", "/actuator/health?x=%ff", "/assets/css/samordna.css?x=%ff",
                "/v3/api-docs?x=%ff", "/error?x=%ff", "/public/associations/x/initiatives?x=%c3%28"}) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(at(path)).GET());
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path).hasSizeLessThan(400).doesNotContain("Exception");
        }
        HttpResponse<String> form = send(HttpRequest.newBuilder(at("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{'u', 's', 'e', 'r', 'n', 'a', 'm', 'e', '=', '%', 'f', 'f', '&', 'x', '=', (byte) 0xc3})));
        assertThat(form.statusCode()).as("a form body of invalid bytes is the sender's fault").isBetween(400, 499);
        assertThat(form.body()).doesNotContain("Exception");
    }

    @Test
    void aBlankIdInAPathIsA400() throws Exception {
        Association kd = people.association("Klarälvdalen");
        String key = directorKey(kd);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(at("/api/v1/associations/" + kd.id() + "/surveys/%20"))
                .header("Authorization", "Bearer " + key).DELETE());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("java.", "Exception");
    }

    @Test
    void aChunkedBodyLargerThanTheLimitIsRefusedWhileItIsRead() throws Exception {
        Association kd = people.association("Klarälvdalen");
        String key = directorKey(kd);
        byte[] big = new byte[12 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        HttpResponse<String> answer = send(HttpRequest.newBuilder(at("/api/v1/associations/" + kd.id() + "/budget/amounts"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void aChunkedLedgerPastItsLimitIs413AndAMillionAccountsAreRefusedAtTheBoundNamingIt() throws Exception {
        Association kd = people.association("Klarälvdalen");
        String key = directorKey(kd);
        long before = jdbc.sql("select count(*) from ledger_year where association_id = :a").param("a", kd.id().value()).query(Long.class).single();
        // 70 MB of lines a reader skips, sent chunked (no length to refuse it by): the limit is 64 MB. Sent over a plain
        // socket, as curl would: the answer is read while the rest is still being sent (the server answers at the limit).
        byte[] prosa = ("#PROSA \"" + "x".repeat(1000) + "\"\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.io.InputStream seventyMegabytes = new java.io.InputStream() {
            long left = 70L * 1024 * 1024;
            int at;

            @Override
            public int read() {
                if (left-- <= 0) {
                    return -1;
                }
                int b = prosa[at];
                at = (at + 1) % prosa.length;
                return b;
            }
        };
        String tooLarge = chunkedPut("/api/v1/associations/" + kd.id() + "/ledger", key, seventyMegabytes);
        assertThat(tooLarge).startsWith("HTTP/1.1 413").contains("64 MB").doesNotContain("java.", "Exception");

        // A million #KONTO lines: refused where the 20 001st account is, naming the bound; nothing stored.
        StringBuilder header = new StringBuilder("#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#RAR 0 20250101 20251231\n");
        byte[] head = header.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.io.InputStream accounts = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), new java.io.InputStream() {
            int account = 100_000;
            byte[] current = new byte[0];
            int at;

            @Override
            public int read() {
                if (at == current.length) {
                    if (account >= 1_100_000) {
                        return -1;
                    }
                    current = ("#KONTO " + account++ + " \"K\"\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    at = 0;
                }
                return current[at++];
            }
        });
        String million = chunkedPut("/api/v1/associations/" + kd.id() + "/ledger", key, accounts);
        assertThat(million).startsWith("HTTP/1.1 400").contains("20000 konton").contains("rad 20005").doesNotContain("java.", "Exception");
        assertThat(jdbc.sql("select count(*) from ledger_year where association_id = :a").param("a", kd.id().value()).query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aNulCharacterAndInvalidUtf8AreRefusedAs400AndMessagesNameNoJavaClass() throws Exception {
        Association kd = people.association("Klarälvdalen");
        String key = directorKey(kd);
        HttpResponse<String> nul = send(HttpRequest.newBuilder(at("/api/v1/associations/" + kd.id() + "/people"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"nul-person\", \"displayName\": \"A\\u0000B\", \"role\": \"BOARD\"}")));
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("NUL");
        HttpResponse<String> wrongType = send(HttpRequest.newBuilder(at("/api/v1/associations/" + kd.id() + "/budget/amounts"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"group\": \"x\", \"line\": 0, \"year\": 2025, \"amount\": \"1\", \"version\": 1}")));
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).doesNotContain("java.", "tools.jackson", "Exception");

        byte[] latin1 = "format: 1\nassociation: {name: Förbund}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        HttpResponse<String> yaml = send(HttpRequest.newBuilder(at("/api/v1/associations/" + kd.id() + "/plan"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/yaml")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(latin1)));
        assertThat(yaml.statusCode()).isEqualTo(400);
        assertThat(JsonMapper.builder().build().readValue(yaml.body(), Map.class).toString()).contains("UTF-8", "rad 2");
    }

    @Test
    void aPlanFileWithAListOrMappingForAValueOrATagOrAnAliasIsA400NamingTheLineAndNoJava() throws Exception {
        Association kd = people.association("Klarälvdalen");
        String key = directorKey(kd);
        String seed = java.nio.file.Files.readString(java.nio.file.Path.of("examples/plans/sodra-dalarna-2025.yaml"));
        Map<String, String> hostile = new java.util.LinkedHashMap<>();
        hostile.put(seed.replace("\nunit: tkr", "\nunit: [x]"), "rad 5");
        hostile.put(seed.replace("\nunit: tkr", "\nunit: {a: 1}"), "rad 5");
        int floorLine = seed.substring(0, seed.indexOf("equityFloor: 400")).split("\n", -1).length;
        hostile.put(seed.replace("equityFloor: 400", "equityFloor: .inf"), "rad " + floorLine + " rules/equityFloor");
        hostile.put(seed.replace("\nunit: tkr", "\nunit: !!python/object:os.system tkr"), "rad 5");
        hostile.put(seed.replace("\nunit: tkr", "\nunit: !foo tkr"), "rad 5");
        hostile.put(seed.replace("equityFloor: 400", "equityFloor: &n 400").replace("\nunit: tkr", "\nunit: *n"), "rad 5");
        for (Map.Entry<String, String> file : hostile.entrySet()) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(at("/api/v1/associations/" + kd.id() + "/plan"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/yaml")
                    .PUT(HttpRequest.BodyPublishers.ofString(file.getKey())));
            assertThat(answer.statusCode()).as(file.getValue()).isEqualTo(400);
            assertThat(answer.body()).contains(file.getValue()).doesNotContain("java.", "Exception", "jackson", "Node", "snakeyaml");
        }
        HttpResponse<String> plan = send(HttpRequest.newBuilder(at("/api/v1/associations/" + kd.id() + "/plan"))
                .header("Authorization", "Bearer " + key).GET());
        assertThat(plan.body()).as("nothing was imported").contains("Klarälvdalen").doesNotContain("Södra Dalarna");
    }

    @Test
    void forwardedHeadersAreTrustedOnlyFromTheConfiguredProxy() throws Exception {
        // The tests name 127.0.0.1 as the proxy (SAMORDNA_TRUSTED_PROXIES); ::1 is anyone else on the machine.
        HttpResponse<String> plain = send(HttpRequest.newBuilder(at("/login")).GET());
        HttpResponse<String> proxied = send(HttpRequest.newBuilder(at("/login")).header("X-Forwarded-Proto", "https").GET());
        assertThat(String.join(";", plain.headers().allValues("Set-Cookie"))).contains("JSESSIONID").doesNotContain("Secure");
        assertThat(String.join(";", proxied.headers().allValues("Set-Cookie"))).contains("JSESSIONID").contains("Secure");

        URI fromElsewhere = URI.create("http://[::1]:" + port + "/login");
        HttpResponse<String> claimed = send(HttpRequest.newBuilder(fromElsewhere).header("X-Forwarded-Proto", "https").GET());
        assertThat(String.join(";", claimed.headers().allValues("Set-Cookie"))).contains("JSESSIONID").doesNotContain("Secure");
        SignInForm form = SignInForm.open(http, fromElsewhere);
        form.attempt(http, "nobody-at-all", "wrong", "203.0.113.50");
        assertThat(jdbc.sql("select count(*) from login_throttle where key like '%203.0.113.50%'").query(Integer.class).single())
                .as("an address claimed by someone who is not the proxy is not believed").isZero();
        assertThat(jdbc.sql("select count(*) from login_throttle where key = 'account:nobody-at-all|0:0:0:0:0:0:0:1'")
                .query(Integer.class).single()).isOne();
    }

    @Test
    void anAttackerClaimingANewAddressForEveryGuessIsSlowedAllTheSameAndTheRightPasswordThenWaitsToo() throws Exception {
        String owner = people.with(Role.AUDITOR, people.association("Norra Västmanland"));
        SignInForm form = SignInForm.open(http, at("/login"));
        List<String> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(form.attempt(http, owner, "wrong-guess-" + i, "198.18." + (i / 200) + "." + (i % 200 + 1)));
        }
        assertThat(answers.subList(0, 11)).as("ten failures per account are free; the eleventh sets the first wait").containsOnly("/login?error");
        assertThat(answers.subList(11, 30)).as("then every guess waits, whatever address it claims").containsOnly("/login?slow");
        assertThat(form.attempt(http, owner, TestPeople.PASSWORD, "198.18.9.9")).isEqualTo("/login?slow");

        // The wait passes (at most samordna.security.max-login-delay-minutes): the owner signs in and the counter starts over.
        jdbc.sql("update login_throttle set blocked_until = null where key = :k").param("k", "user:" + owner).update();
        assertThat(form.attempt(http, owner, TestPeople.PASSWORD, "198.18.9.9")).isEqualTo("/");
        assertThat(jdbc.sql("select count(*) from login_throttle where key = :k").param("k", "user:" + owner).query(Integer.class).single()).isZero();
    }

    /** The sign-in form over real HTTP: its session cookie and CSRF token, posted with a claimed client address. */
    record SignInForm(URI uri, String cookie, String csrf) {
        static SignInForm open(HttpClient http, URI uri) throws Exception {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                    .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
            assertThat(token.find()).isTrue();
            return new SignInForm(uri, cookie, token.group(1));
        }

        /** Where the answer sends the browser, relative to the site. */
        String attempt(HttpClient http, String username, String password, String claimedAddress) throws Exception {
            String body = "username=" + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8)
                    + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8) + "&_csrf=" + csrf;
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).header("Cookie", cookie)
                    .header("X-Forwarded-For", claimedAddress).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String location = answer.headers().firstValue("Location").orElse("");
            return location.replaceFirst("^https?://[^/]+", "");
        }
    }

    @Test
    void aRefusedFormIsAnsweredOnItsOwnPageButNeverOnAnotherAssociationsPageNamedAsReferrer() throws Exception {
        Association kd = people.association("Klarälvdalen");
        Association sd = people.association("Södra Dalarna");
        String key = directorKey(kd);
        HttpResponse<String> own = refusedRules(kd, key, "/associations/" + kd.id() + "/members");
        assertThat(own.statusCode()).isEqualTo(400);
        assertThat(own.body()).contains("id=\"refused-form\"").contains("Forshaga kommun");

        HttpResponse<String> other = refusedRules(kd, key, "/associations/" + sd.id() + "/members");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).doesNotContain("Avesta kommun").doesNotContain("refused-form");

        // Nor on a page the person may not open at all: the page is rendered through the same sign-in rules.
        HttpResponse<String> admin = refusedRules(kd, key, "/admin/users");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.body()).doesNotContain("refused-form").doesNotContain("admin/users/");
    }

    /** The rules form of the association with a floor that is no amount, sent as if from the page named. */
    private HttpResponse<String> refusedRules(Association association, String key, String fromPath) throws Exception {
        return send(HttpRequest.newBuilder(at("/associations/" + association.id() + "/rules"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", at(fromPath).toString())
                .POST(HttpRequest.BodyPublishers.ofString("equityCeilingPercent=20&equityCeilingBase=ALLOCATION&equityFloor=tio&version=1")));
    }
}
