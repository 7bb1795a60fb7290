package se.samordna.plan;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Divides a whole number of units by weights so the parts add up to the total exactly (largest
 * remainder method): every part gets the whole units of its exact share, and the units left over go
 * one each to the parts with the largest remainders; equal remainders go to the earlier part.
 */
public final class Apportion {

    private Apportion() {
    }

    public static long[] largestRemainder(long total, List<BigDecimal> weights) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        long[] parts = new long[weights.size()];
        if (sum.signum() == 0) {
            return parts;
        }
        BigDecimal[] remainders = new BigDecimal[weights.size()];
        long given = 0;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal exact = BigDecimal.valueOf(total).multiply(weights.get(i)).divide(sum, 12, RoundingMode.HALF_EVEN);
            BigInteger whole = exact.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
            parts[i] = whole.longValueExact();
            remainders[i] = exact.subtract(new BigDecimal(whole));
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, weights.size()).boxed().toList());
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
        for (int k = 0; k < total - given; k++) {
            parts[order.get(k % order.size())]++;
        }
        return parts;
    }
}
