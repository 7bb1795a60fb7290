/**
 * E-mail: sending through the standard Spring Boot mail settings ({@code spring.mail.*}) when they are set, and
 * saying so on the pages when they are not; invitation and password-reset links sent to the person's own address.
 */
@org.springframework.modulith.ApplicationModule(displayName = "E-mail")
package se.samordna.notify;
