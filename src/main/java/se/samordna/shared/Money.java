package se.samordna.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of Swedish money in whole öre. Never a double. */
public record Money(long ore) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofKronor(long kronor) {
        return new Money(Math.multiplyExact(kronor, 100L));
    }

    public static Money ofKronor(BigDecimal kronor) {
        return new Money(kronor.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /**
     * An amount as a person types it ("1 250", "1250,5", "-6 184") in the given unit ({@code kr} or {@code tkr}),
     * through the one bounded number reader; more decimals than whole öre are refused, never rounded away.
     *
     * @throws Decimals.BadNumber with the reason in Swedish
     */
    public static Money parse(String raw, String unit) {
        return of(Decimals.parse(withoutUnit(raw, unit)), unit);
    }

    /** "1 250 000 kr" where kronor are asked for, "1 250 tkr" where thousands are: the unit itself may be typed too. */
    private static String withoutUnit(String raw, String unit) {
        if (raw == null || raw.length() > 60) {
            return raw;
        }
        String text = raw.strip();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if ("tkr".equals(unit) && lower.endsWith("tkr")) {
            return text.substring(0, text.length() - 3);
        }
        if (!"tkr".equals(unit) && !lower.endsWith("tkr")) {
            for (String suffix : new String[]{"kronor", "kr.", "kr", ":-"}) {
                if (lower.endsWith(suffix)) {
                    return text.substring(0, text.length() - suffix.length());
                }
            }
        }
        return text;
    }

    /** An already read number in the given unit as whole öre; more decimals than whole öre are refused. */
    public static Money of(BigDecimal value, String unit) {
        BigDecimal kronor = "tkr".equals(unit) ? Decimals.bounded(value).movePointRight(3) : Decimals.bounded(value);
        if (kronor.stripTrailingZeros().scale() > 2) {
            throw new Decimals.BadNumber(Text.of("number.reason.moreDecimalsThanOre"));
        }
        return new Money(kronor.movePointRight(2).longValueExact());
    }

    public static Money ofTkr(long thousands) {
        return ofKronor(Math.multiplyExact(thousands, 1000L));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(ore, other.ore));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(ore, other.ore));
    }

    public Money negate() {
        return new Money(Math.negateExact(ore));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(ore, factor));
    }

    /** The given percentage of this amount, rounded half up to whole öre. */
    public Money percent(BigDecimal percent) {
        return new Money(BigDecimal.valueOf(ore).multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact());
    }

    /** This amount as a percentage of the whole, with the given number of decimals. */
    public BigDecimal percentOf(Money whole, int decimals) {
        if (whole.ore == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(ore).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole.ore), decimals, RoundingMode.HALF_UP);
    }

    /** Whole kronor, rounded half away from zero. */
    public long kronor() {
        return BigDecimal.valueOf(ore).movePointLeft(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public BigDecimal exactKronor() {
        return BigDecimal.valueOf(ore).movePointLeft(2);
    }

    public boolean isNegative() {
        return ore < 0;
    }

    public boolean isPositive() {
        return ore > 0;
    }

    public boolean isZero() {
        return ore == 0;
    }

    public boolean greaterThan(Money other) {
        return ore > other.ore;
    }

    public boolean lessThan(Money other) {
        return ore < other.ore;
    }

    public Money abs() {
        return ore < 0 ? negate() : this;
    }

    public static Money max(Money a, Money b) {
        return a.ore >= b.ore ? a : b;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(ore, other.ore);
    }

    /**
     * Written out, not left to the record: a record's own equals and hashCode are bound at their first call through
     * method handles, which costs a short command (plan check) about a tenth of its time (bench/README.md).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && money.ore == ore;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(ore);
    }

    @Override
    public String toString() {
        return MoneyFormat.kronor(this);
    }
}
