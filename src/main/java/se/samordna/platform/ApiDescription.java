package se.samordna.platform;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** What the OpenAPI document says about the API as a whole. */
@OpenAPIDefinition(info = @Info(title = "Samordna API", version = "v1", description = """
        Plans, budgets, initiatives, goals and follow-up of a samordningsförbund. An association has one plan per period \
        (GET /api/v1/associations/{id}/plans). The endpoints without a plan id work on the association's current plan: its \
        newest DRAFT (or plan in consultation) if there is one, else its newest ADOPTED plan. An ADOPTED plan is frozen: any \
        change is refused with 409; revise it (POST …/plans/{planId}/revision) to change it."""))
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ApiDescription {
}
