/**
 * Identity: people, their local or OpenID Connect login, their roles per association, API tokens,
 * and the tenant guard that checks every association-scoped request in one place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package se.samordna.identity;
