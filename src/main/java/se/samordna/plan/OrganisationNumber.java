package se.samordna.plan;

import java.util.regex.Pattern;

/** Swedish organisation numbers: ten digits (NNNNNN-NNNN), the last a Luhn check digit. */
public final class OrganisationNumber {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}-?\\d{4}");

    private OrganisationNumber() {
    }

    public static boolean isValid(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return false;
        }
        String digits = value.replace("-", "");
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
