package se.samordna.goals.web;

import se.samordna.shared.AssociationId;
import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.association.Association;
import se.samordna.plan.Plans;
import se.samordna.shared.Role;

/** The board's follow-up of goals: computed values, entered measurements with their rules, the theory of change. */
@SamordnaTest
class GoalsFollowUpTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    Plans plans;

    @Test
    void computesWhatTheBudgetSaysOfTheFinancialGoals() throws Exception {
        Association vbs = people.association("Västerbergslagen");
        MockHttpSession board = TestPeople.login(mvc, people.with(Role.BOARD, vbs), TestPeople.PASSWORD);

        mvc.perform(get("/api/v1/associations/{id}/goals", vbs.id()).session(board))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(12))
                .andExpect(jsonPath("$[?(@.id == 'vbs-10')].indicators[0].latest.yes").value(Matchers.contains(false)))
                .andExpect(jsonPath("$[?(@.id == 'vbs-10')].indicators[0].latest.comment").value(Matchers.contains(
                        "Beräknat eget kapital vid årets slut 1105000 kr; golvet är 400000 kr")))
                .andExpect(jsonPath("$[?(@.id == 'vbs-10')].status").value(Matchers.contains("NOT_MET")));

        Association kd = people.association("Klarälvdalen");
        MockHttpSession kdBoard = TestPeople.login(mvc, people.with(Role.BOARD, kd), TestPeople.PASSWORD);
        mvc.perform(get("/api/v1/associations/{id}/goals", kd.id()).session(kdBoard))
                .andExpect(jsonPath("$[?(@.id == 'kd-ekonomi')].indicators[2].latest.value").value(Matchers.contains(23.2)))
                .andExpect(jsonPath("$[?(@.id == 'kd-ekonomi')].indicators[2].target").value(Matchers.contains("högst 15 %")));
        String page = mvc.perform(get("/associations/{id}/goals", kd.id()).session(kdBoard))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("God ekonomisk hushållning").contains("2025: 23,2 %").contains("Ej uppfyllt");
    }

    @Test
    void aMeasurementMustFitItsIndicatorAndThePlansPeriods() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, kd), TestPeople.PASSWORD);
        String path = "/api/v1/associations/" + kd.id() + "/goals/kd-individ/indicators/kd-individ-1/measurements";

        mvc.perform(post(path).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"period\": \"2025\", \"yes\": true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.containsString("andel i procent")));
        mvc.perform(post(path).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"period\": \"2031\", \"value\": 50}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.containsString("utanför planens perioder")));
        mvc.perform(post(path).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"period\": \"2025-1\", \"value\": 50}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/associations/" + kd.id() + "/goals/kd-ekonomi/indicators/kd-ekonomi-3/measurements").session(director)
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"period\": \"2025\", \"value\": 14}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", Matchers.containsString("räknas fram")));

        mvc.perform(post(path).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"2025H1\", \"value\": 41, \"comment\": \"Första halvåret\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post(path).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"2025\", \"value\": 47.5}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/associations/{id}/goals", kd.id()).session(director))
                .andExpect(jsonPath("$[?(@.id == 'kd-individ')].indicators[0].status").value(Matchers.contains("MET")))
                .andExpect(jsonPath("$[?(@.id == 'kd-individ')].indicators[0].trend").value(Matchers.contains(6.5)))
                .andExpect(jsonPath("$[?(@.id == 'kd-individ')].indicators[0].history.length()").value(Matchers.contains(2)));
    }

    @Test
    void theDirectorKeepsTheTargetAreasAndCannotRemoveOneAGoalBelongsTo() throws Exception {
        Association nv = people.association("Norra Västmanland");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, nv), TestPeople.PASSWORD);
        MockHttpSession board = TestPeople.login(mvc, people.with(Role.BOARD, nv), TestPeople.PASSWORD);
        java.util.List<String> before = plans.get(nv.id()).plan().goals().areas();
        assertThat(before).hasSize(3);
        String used = before.get(0);

        mvc.perform(post("/associations/{id}/areas", nv.id()).session(board).with(csrf()).param("area", "Psykisk hälsa")
                .param("version", String.valueOf(plans.get(nv.id()).version()))).andExpect(status().isForbidden());
        mvc.perform(post("/associations/{id}/areas", nv.id()).session(director).with(csrf()).param("area", used)
                        .param("version", String.valueOf(plans.get(nv.id()).version())))
                .andExpect(status().isBadRequest()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("finns redan")));
        mvc.perform(post("/associations/{id}/areas", nv.id()).session(director).with(csrf()).param("area", "Psykisk hälsa")
                .param("version", String.valueOf(plans.get(nv.id()).version()))).andExpect(status().is3xxRedirection());
        assertThat(plans.get(nv.id()).plan().goals().areas()).hasSize(4).endsWith("Psykisk hälsa");
        assertThat(mvc.perform(get("/associations/{id}/goals", nv.id()).session(director)).andReturn().getResponse().getContentAsString())
                .contains("Ta bort målområdet Psykisk hälsa");

        mvc.perform(post("/associations/{id}/areas/remove", nv.id()).session(director).with(csrf()).param("area", used)
                        .param("version", String.valueOf(plans.get(nv.id()).version())))
                .andExpect(status().isBadRequest()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("hör till målområdet")));
        mvc.perform(post("/associations/{id}/areas/remove", nv.id()).session(director).with(csrf()).param("area", "Psykisk hälsa")
                .param("version", "1")).andExpect(status().isConflict());
        mvc.perform(post("/associations/{id}/areas/remove", nv.id()).session(director).with(csrf()).param("area", "Psykisk hälsa")
                .param("version", String.valueOf(plans.get(nv.id()).version()))).andExpect(status().is3xxRedirection());
        assertThat(plans.get(nv.id()).plan().goals().areas()).isEqualTo(before);

        String area = "{\"area\": \"Arbete\", \"version\": %d}";
        mvc.perform(post("/api/v1/associations/{id}/areas", nv.id()).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(area.formatted(plans.get(nv.id()).version())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.areas.length()").value(4));
        mvc.perform(post("/api/v1/associations/{id}/areas/remove", nv.id()).session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(area.formatted(plans.get(nv.id()).version())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/associations/{id}/areas", nv.id()).session(board)).andExpect(jsonPath("$.areas").value(Matchers.contains(
                before.toArray())));
    }

    @Test
    void theDirectorAddsAGoalAndAnIndicatorWhoseTargetMustFitItsKind() throws Exception {
        Association sd = people.association("Södra Dalarna");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, sd), TestPeople.PASSWORD);
        mvc.perform(post("/associations/{id}/goals", sd.id()).session(director).with(csrf())
                        .param("title", "Fler deltagare går till arbete").param("year", "2025")
                        .param("area", "Att stödja myndigheternas arbete med gemensam resultatredovisning")
                        .param("version", String.valueOf(plans.get(sd.id()).version())))
                .andExpect(status().is3xxRedirection());
        String goalId = plans.get(sd.id()).plan().goals().goals().get(4).id();

        mvc.perform(post("/associations/{id}/goals/{g}/indicators", sd.id(), goalId).session(director).with(csrf())
                        .param("name", "Andel avslut till arbete").param("source", "STATISTICS").param("kind", "SHARE")
                        .param("targetValue", "150").param("version", String.valueOf(plans.get(sd.id()).version())))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/associations/{id}/goals/{g}/indicators", sd.id(), goalId).session(director).with(csrf())
                        .param("name", "Andel avslut till arbete").param("source", "STATISTICS").param("kind", "SHARE")
                        .param("targetValue", "45").param("version", String.valueOf(plans.get(sd.id()).version())))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/associations/{id}/goals", sd.id()).session(director))
                .andExpect(jsonPath("$[4].title").value("Fler deltagare går till arbete"))
                .andExpect(jsonPath("$[4].indicators[0].target").value("minst 45 %"))
                .andExpect(jsonPath("$[4].status").value("NOT_MEASURED"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/associations/{id}/plan", sd.id())
                .session(director).with(csrf()).header("If-Match", "\"" + plans.get(sd.id()).version() + "\"")
                .contentType("application/yaml").content(se.samordna.plan.Seeds.text("sodra-dalarna-2025.yaml"))).andExpect(status().isOk());
    }

    @Test
    void anArrowThatRunsBackwardsIsRefusedAndNothingIsSaved() throws Exception {
        Association vbs = people.association("Västerbergslagen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, vbs), TestPeople.PASSWORD);
        long version = plans.get(vbs.id()).version();

        mvc.perform(post("/api/v1/associations/{id}/theory-of-change/edges", vbs.id()).session(director).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"from\": \"f3\", \"to\": \"k1\", \"version\": " + version + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("går bakåt genom nivåerna")));
        assertThat(plans.get(vbs.id()).version()).isEqualTo(version);

        String page = mvc.perform(get("/associations/{id}/theory-of-change", vbs.id()).session(director))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg").contains("Långsiktig samhällseffekt").contains("Förbundet tar fram en kommunikationsplan");
    }

    @Test
    void tickingOffTheCommunicationPlanFeedsTheSeventyFivePercentGoal() throws Exception {
        Association orn = people.association("Västerbergslagen");
        MockHttpSession director = TestPeople.login(mvc, people.with(Role.ADMIN, orn), TestPeople.PASSWORD);
        for (String activity : new String[]{"a1", "a2", "a3", "a4", "a5"}) {
            mvc.perform(post("/api/v1/associations/{id}/activity-plans/kommunikationsplan-2025/activities/{a}", orn.id(), activity)
                            .session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"done\": true, \"version\": " + plans.get(orn.id()).version() + "}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/associations/{id}/goals", orn.id()).session(director))
                .andExpect(jsonPath("$[?(@.id == 'vbs-12')].indicators[1].latest.value").value(Matchers.contains(83.3)))
                .andExpect(jsonPath("$[?(@.id == 'vbs-12')].indicators[1].status").value(Matchers.contains("MET")));
        for (String activity : new String[]{"a1", "a2", "a3", "a4", "a5"}) {
            mvc.perform(post("/api/v1/associations/{id}/activity-plans/kommunikationsplan-2025/activities/{a}", orn.id(), activity)
                    .session(director).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"done\": false, \"version\": " + plans.get(orn.id()).version() + "}")).andExpect(status().isOk());
        }
    }
}
