package se.samordna.ledger.sie;

import java.util.List;

import se.samordna.shared.Text;

/**
 * What one SIE file may hold, checked as it is read: a file past a bound is refused at once, naming the bound and the
 * line, and nothing more of it is read, so a file of a million accounts costs milliseconds and no memory to speak of.
 */
final class SieBounds {

    static final int MAX_ACCOUNTS = 20_000;
    static final int MAX_OBJECTS = 20_000;
    static final int MAX_DIMENSIONS = 200;
    /** Sums per account, month and object (a real year holds a few thousand). */
    static final int MAX_MONTH_SUMS = 500_000;

    private SieBounds() {
    }

    static void check(int size, int max, String key, long line) {
        if (size > max) {
            throw new SieException(List.of(new SieException.Problem(line, Text.of(key, max))));
        }
    }
}
