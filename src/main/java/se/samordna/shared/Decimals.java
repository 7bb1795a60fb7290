package se.samordna.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one reader of numbers people type or files carry ("1 250,5", "-1250.50", "12 %"). Everything is
 * bounded before any arithmetic: at most {@value #MAX_LENGTH} characters, {@value #MAX_INTEGER_DIGITS} digits
 * before the decimal sign and {@value #MAX_DECIMALS} after, and no exponent, so a hostile "1e999999" is refused
 * at once instead of making {@code BigDecimal} work for minutes.
 */
public final class Decimals {

    public static final int MAX_LENGTH = 40;
    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MAX_DECIMALS = 6;

    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d{1,40}([.,]\\d{1,40})?");

    private Decimals() {
    }

    /** Why a text or number was refused: a reason from the bundles ({@code number.reason.*}) to be put after the field's name. */
    public static final class BadNumber extends NumberFormatException {
        private final boolean notANumber;
        private final transient Text reason;

        public BadNumber(Text reason) {
            this(reason, false);
        }

        private BadNumber(Text reason, boolean notANumber) {
            super(reason.swedish());
            this.reason = reason;
            this.notANumber = notANumber;
        }

        /** True when the text is no number at all (rather than a number out of bounds). */
        public boolean notANumber() {
            return notANumber;
        }

        /** The reason alone ("har för många decimaler (högst 6)"), in any language. */
        public Text reason() {
            return reason;
        }

        /**
         * The refusal as a sentence: the typed text when it is no number ("'tio' är inget tal."), else the subject
         * ({@code number.subject.*}: "Talet", "Beloppet" …) and the reason ("Talet har för många decimaler (högst 6).").
         */
        public Text sentence(String raw, Text subject) {
            return notANumber ? Text.of("number.typed", raw, reason) : Text.of("number.subjectSentence", subject, reason);
        }
    }

    /**
     * The number in {@code raw}: spaces (also no-break and thin), a trailing % and a Unicode minus are allowed,
     * a comma or a point is the decimal sign.
     *
     * @throws BadNumber when it is no plain number or is out of bounds
     */
    public static BigDecimal parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new BadNumber(Text.of("number.reason.missing"), true);
        }
        if (raw.length() > MAX_LENGTH) {
            throw new BadNumber(Text.of("number.reason.tooManyCharacters", MAX_LENGTH));
        }
        String cleaned = raw.strip().replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "").replace(" ", "")
                .replace('\u2212', '-');
        if (cleaned.endsWith("%")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        if (!PLAIN.matcher(cleaned).matches()) {
            throw new BadNumber(Text.of("number.reason.notANumber"), true);
        }
        return bounded(new BigDecimal(cleaned.replace(',', '.')));
    }

    /** The same bounds for a number that arrived already parsed (JSON, YAML, a spreadsheet cell). */
    public static BigDecimal bounded(BigDecimal value) {
        if (value == null) {
            throw new BadNumber(Text.of("number.reason.missing"));
        }
        // precision and scale are read without expanding the number, so this is cheap even for 1e999999.
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new BadNumber(Text.of("number.reason.tooLarge", MAX_INTEGER_DIGITS));
        }
        if (value.scale() > MAX_DECIMALS + value.precision() + MAX_LENGTH) {
            throw new BadNumber(Text.of("number.reason.tooSmall"));
        }
        BigDecimal stripped = value.scale() > MAX_DECIMALS ? value.stripTrailingZeros() : value;
        if (stripped.scale() > MAX_DECIMALS) {
            throw new BadNumber(Text.of("number.reason.tooManyDecimals", MAX_DECIMALS));
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A number as a double, after the same bounds (NaN and infinities refused). */
    public static BigDecimal bounded(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new BadNumber(Text.of("number.reason.notFinite"));
        }
        if (Math.abs(value) >= 1e13) {
            throw new BadNumber(Text.of("number.reason.tooLarge", MAX_INTEGER_DIGITS));
        }
        return bounded(BigDecimal.valueOf(value));
    }
}
