package se.samordna.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.samordna.association.Association;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.Role;

/**
 * Walks every endpoint the application has (read from Spring's handler mappings, so endpoints added
 * later are covered without being listed) and proves that a person of association A gets 403 or 404,
 * never data, for association B; that an INITIATIVE_REPORTER reaches nothing outside what is open to
 * reporters; and that nothing answers an anonymous caller but the public pages.
 */
@SamordnaTest
class TenantIsolationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @Autowired
    MockMvc mvc;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    TestPeople people;

    Association a;
    Association b;

    record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {
        boolean associationScoped() {
            return pattern.contains("{associationId}");
        }
    }

    @BeforeEach
    void setUp() {
        a = people.association("Klarälvdalen");
        b = people.association("Södra Dalarna");
    }

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                if (pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui") || pattern.equals("/error")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, entry.getValue()));
                }
            }
        }
        return endpoints;
    }

    static String expand(String pattern, UUID associationId) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, name.equals("associationId") ? associationId.toString()
                    : name.endsWith("Id") ? UUID.randomUUID().toString() : "1");
        }
        m.appendTail(out);
        return out.toString();
    }

    MvcResult call(Endpoint endpoint, String path, MockHttpSession session) throws Exception {
        var builder = request(endpoint.method(), path).session(session).with(csrf())
                .accept(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML);
        if (endpoint.method() != HttpMethod.GET) {
            builder.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return mvc.perform(builder).andReturn();
    }

    @Test
    void everyAssociationPathNamesItsAssociation() {
        assertThat(endpoints()).filteredOn(e -> e.pattern().startsWith("/associations/") || e.pattern().startsWith("/api/v1/associations/"))
                .allSatisfy(e -> assertThat(e.associationScoped()).as(e.pattern()).isTrue());
        assertThat(endpoints()).filteredOn(Endpoint::associationScoped).hasSizeGreaterThan(10);
    }

    @Test
    void aPersonOfOneAssociationGetsNothingOfAnother() throws Exception {
        MockHttpSession admin = TestPeople.login(mvc, people.with(Role.ADMIN, a), TestPeople.PASSWORD);
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.associationScoped()) {
                continue;
            }
            MvcResult result = call(endpoint, expand(endpoint.pattern(), b.id().value()), admin);
            assertThat(result.getResponse().getStatus()).as("%s %s", endpoint.method(), endpoint.pattern()).isIn(403, 404);
            assertThat(result.getResponse().getContentAsString()).as("%s %s", endpoint.method(), endpoint.pattern())
                    .doesNotContain(b.name()).doesNotContain("Avesta");
        }
    }

    @Test
    void pagesWithoutAnAssociationShowOnlyTheCallersOwnAssociations() throws Exception {
        MockHttpSession admin = TestPeople.login(mvc, people.with(Role.ADMIN, a), TestPeople.PASSWORD);
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.associationScoped() || endpoint.method() != HttpMethod.GET) {
                continue;
            }
            MvcResult result = call(endpoint, expand(endpoint.pattern(), b.id().value()), admin);
            assertThat(result.getResponse().getStatus()).as(endpoint.pattern()).isNotEqualTo(500);
            assertThat(result.getResponse().getContentAsString()).as(endpoint.pattern()).doesNotContain(b.name());
        }
    }

    @Test
    void anInitiativeReporterReachesNothingThatIsNotOpenToReporters() throws Exception {
        MockHttpSession reporter = TestPeople.login(mvc, people.with(Role.INITIATIVE_REPORTER, a), TestPeople.PASSWORD);
        int refused = 0;
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.associationScoped() || admitsReporters(endpoint.handler())) {
                continue;
            }
            MvcResult result = call(endpoint, expand(endpoint.pattern(), a.id().value()), reporter);
            assertThat(result.getResponse().getStatus()).as("%s %s", endpoint.method(), endpoint.pattern()).isEqualTo(403);
            refused++;
        }
        assertThat(refused).isGreaterThan(5);
    }

    @Test
    void participantRecordsAnswerNoRoleButTheReporters() throws Exception {
        int refused = 0;
        for (Role role : new Role[]{Role.ADMIN, Role.BOARD, Role.PREPARATION, Role.AUDITOR}) {
            MockHttpSession session = TestPeople.login(mvc, people.with(role, a), TestPeople.PASSWORD);
            for (Endpoint endpoint : endpoints()) {
                if (!endpoint.associationScoped() || !onlyReporters(endpoint.handler())) {
                    continue;
                }
                MvcResult result = call(endpoint, expand(endpoint.pattern(), a.id().value()), session);
                assertThat(result.getResponse().getStatus()).as("%s %s as %s", endpoint.method(), endpoint.pattern(), role).isEqualTo(403);
                refused++;
            }
        }
        assertThat(refused).as("records pages and endpoints, for four roles").isGreaterThanOrEqualTo(4 * 8);
    }

    private static boolean onlyReporters(HandlerMethod handler) {
        AssociationAccess access = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), AssociationAccess.class);
        if (access == null) {
            access = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), AssociationAccess.class);
        }
        return access != null && List.of(access.value()).equals(List.of(Role.INITIATIVE_REPORTER));
    }

    @Test
    void anonymousCallersReachOnlyThePublicPages() throws Exception {
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.pattern().equals("/login") || endpoint.pattern().startsWith("/public") || endpoint.pattern().equals("/accessibility")) {
                continue;
            }
            if (endpoint.pattern().equals("/password-reset")) {
                // Public by design: it answers the same whether or not an account exists, and sends only to the account's own address.
                int status = mvc.perform(request(endpoint.method(), "/password-reset").param("account", "nobody").with(csrf()))
                        .andReturn().getResponse().getStatus();
                assertThat(status).as("%s %s", endpoint.method(), endpoint.pattern()).isEqualTo(200);
                continue;
            }
            if (endpoint.pattern().startsWith("/invitation/")) {
                // A person's own link is public by design; a made-up or used token reaches nobody's account.
                int status = mvc.perform(request(endpoint.method(), "/invitation/made-up-token").with(csrf())).andReturn().getResponse().getStatus();
                assertThat(status).as("%s %s", endpoint.method(), endpoint.pattern()).isEqualTo(404);
                continue;
            }
            var builder = request(endpoint.method(), expand(endpoint.pattern(), a.id().value())).with(csrf());
            int status = mvc.perform(builder).andReturn().getResponse().getStatus();
            assertThat(status).as("%s %s", endpoint.method(), endpoint.pattern()).isIn(302, 401, 403);
        }
    }

    private static boolean admitsReporters(HandlerMethod handler) {
        AssociationAccess access = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), AssociationAccess.class);
        if (access == null) {
            access = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), AssociationAccess.class);
        }
        return access != null && EnumSet.copyOf(List.of(access.value())).contains(Role.INITIATIVE_REPORTER);
    }
}
