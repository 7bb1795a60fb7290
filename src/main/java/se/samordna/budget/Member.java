package se.samordna.budget;

/**
 * A member body. Municipalities carry their SCB municipality code (four digits). The organisation
 * number is optional but, when given, must pass the Luhn check.
 */
public record Member(String name, MemberKind kind, String orgNumber, String municipalityCode, Long population) {
}
