package se.samordna.plan.file;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

import se.samordna.shared.Money;

/** How the file writers put values into the file's tree: amounts in the plan's unit, and a key only when it has a value. */
final class FileValues {

    private FileValues() {
    }

    static Map<String, Object> amounts(SortedMap<Integer, Money> amounts, String unit) {
        Map<String, Object> result = new LinkedHashMap<>();
        amounts.forEach((year, amount) -> result.put(String.valueOf(year), number(amount, unit)));
        return result;
    }

    static Object number(Money amount, String unit) {
        if (amount == null) {
            return null;
        }
        BigDecimal value = "tkr".equals(unit) ? amount.exactKronor().movePointLeft(3) : amount.exactKronor();
        value = value.stripTrailingZeros();
        return value.scale() <= 0 ? (Object) value.longValueExact() : value;
    }

    static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
