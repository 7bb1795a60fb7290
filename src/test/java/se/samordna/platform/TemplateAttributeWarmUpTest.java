package se.samordna.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class TemplateAttributeWarmUpTest {

    /** The names a tag holds, the names its th: attributes write, and the names inside th:attr. */
    @Test
    void findsTheNamesATemplateHoldsAndTheNamesItsThAttributesWrite() {
        String template = """
                <form th:action="@{/x}" method="post" class="inline">
                  <input type="hidden" name="line" th:value="${r.lineId()}" hx-get="/y">
                  <details th:attr="data-label=${a + ', ' + b},aria-label=#{k(${c})}" th:open="${open}"></details>
                </form>""";
        assertThat(TemplateAttributeWarmUp.names(template)).contains("th:action", "action", "method", "class", "type", "name",
                "th:value", "value", "hx-get", "th:attr", "data-label", "aria-label", "th:open", "open");
    }

    /** The budget table's fragments (the page the national day waited on): the names they write are found. */
    @Test
    void theBudgetPagesNamesAreFound() throws Exception {
        assertThat(TemplateAttributeWarmUp.names(Files.readString(Path.of("src/main/resources/templates/budget/fragments.html"))))
                .contains("action", "value", "data-label");
    }
}
