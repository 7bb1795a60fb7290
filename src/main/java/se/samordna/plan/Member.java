package se.samordna.plan;

/**
 * A member body. Municipalities carry their SCB municipality code (four digits). The organisation
 * number is optional but, when given, must pass the Luhn check. Each member has one ordinary and one
 * substitute seat on the board ({@code boardOrdinary}, {@code boardSubstitute}: the people's names, when known).
 */
public record Member(String name, MemberKind kind, String orgNumber, String municipalityCode, Long population,
                     String boardOrdinary, String boardSubstitute) {

    public Member(String name, MemberKind kind, String orgNumber, String municipalityCode, Long population) {
        this(name, kind, orgNumber, municipalityCode, population, null, null);
    }
}
