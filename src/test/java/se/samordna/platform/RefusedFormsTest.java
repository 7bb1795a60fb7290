package se.samordna.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import se.samordna.shared.InvalidInputException;

/** Which refused forms come back on their own page, and that what travels back to the page cannot become markup. */
class RefusedFormsTest {

    private static MockHttpServletRequest post(String referer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/associations/a/rules");
        request.setServerName("samordna.example.se");
        request.setServerPort(443);
        request.setScheme("https");
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        return request;
    }

    @Test
    void onlyAPagePostFromTheSameHostComesBackToThePageItWasSentFrom() {
        assertThat(RefusedForms.pageToAnswerOn(post("https://samordna.example.se/associations/a/members?unit=kr")))
                .isEqualTo("/associations/a/members?unit=kr");
        assertThat(RefusedForms.pageToAnswerOn(post("https://evil.example.com/associations/a/members"))).as("another host").isNull();
        assertThat(RefusedForms.pageToAnswerOn(post("https://samordna.example.se:8443/associations/a/members"))).as("another port").isNull();
        assertThat(RefusedForms.pageToAnswerOn(post(null))).as("no referrer").isNull();
        assertThat(RefusedForms.pageToAnswerOn(post("https://samordna.example.se/api/v1/associations"))).as("the API").isNull();
        assertThat(RefusedForms.pageToAnswerOn(post("https://samordna.example.se/login"))).isNull();
        assertThat(RefusedForms.pageToAnswerOn(post("not a uri at all %%"))).isNull();
        assertThat(RefusedForms.pageToAnswerOn(post("https://samordna.example.se/associations/../WEB-INF/web.xml"))).as("normalised").isNull();
        assertThat(RefusedForms.pageToAnswerOn(post("https://samordna.example.se/%2e%2e/WEB-INF/web.xml"))).as("encoded dots").isNull();
        assertThat(RefusedForms.pageToAnswerOn(post("https://samordna.example.se/associations/a/members;jsessionid=x"))).isNull();
        MockHttpServletRequest htmx = post("https://samordna.example.se/associations/a/members");
        htmx.addHeader("HX-Request", "true");
        assertThat(RefusedForms.pageToAnswerOn(htmx)).as("htmx swaps its own fragments").isNull();
        MockHttpServletRequest get = post("https://samordna.example.se/associations/a/members");
        get.setMethod("GET");
        assertThat(RefusedForms.pageToAnswerOn(get)).isNull();
    }

    @Test
    void typedTextGoesBackAsJsonThatCannotCloseTheAttributeOrOpenATag() {
        var refused = new RefusedForms.RefusedForm("/associations/a/members", "/associations/a/rules", "golv: fel",
                List.of(new InvalidInputException.Problem("golv för eget kapital", "'\"><script>' är inget belopp")),
                Map.of("equityFloor", List.of("\"><script>alert(1)</script>\u2028")));
        String json = refused.json();
        assertThat(json).doesNotContain("<", ">", "\u2028").contains("\\u003cscript\\u003e").contains("\\\"");
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).get("values").get("equityFloor").get(0).asString())
                .isEqualTo("\"><script>alert(1)</script>\u2028");
    }
}
