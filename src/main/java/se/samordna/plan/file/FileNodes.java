package se.samordna.plan.file;

import se.samordna.plan.PlanFileException;
import se.samordna.plan.Member;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

import se.samordna.shared.IsoDate;
import se.samordna.shared.Decimals;
import se.samordna.shared.Money;
import se.samordna.shared.Text;
import tools.jackson.databind.JsonNode;

/**
 * What every part of the plan file reader shares: the problems found so far (every one is reported, with its line,
 * before the file is refused) and the typed readers of single values, each bounded and in Swedish when refused.
 */
abstract class FileNodes {
final Map<String, Integer> lines;
final List<PlanFileException.Problem> problems;

FileNodes(Map<String, Integer> lines, List<PlanFileException.Problem> problems) {
    this.lines = lines;
    this.problems = problems;
}

/** Another reader of the same file, reporting into the same list of problems. */
FileNodes(FileNodes file) {
    this(file.lines, file.problems);
}

    <T> List<T> list(JsonNode node, String path, BiFunction<JsonNode, String, T> reader) {
        List<T> result = new ArrayList<>();
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            fail(path, Text.of("file.harSkaStaEnLista"));
            return List.of();
        }
        for (int i = 0; i < node.size(); i++) {
            T item = reader.apply(node.get(i), path + "/" + i);
            if (item != null) {
                result.add(item);
            }
        }
        return java.util.Collections.unmodifiableList(result);
    }

    boolean object(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            fail(path, Text.of("file.saknas"));
            return false;
        }
        if (!node.isObject()) {
            fail(path, Text.of("file.harSkaStaEnMappning"));
            return false;
        }
        return true;
    }

    void allowOnly(JsonNode node, String path, String... names) {
        List<String> allowed = List.of(names);
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                fail(path + "/" + name, Text.of("file.unknownField", name, String.join(", ", allowed)));
            }
        }
    }

    String text(JsonNode node, String path, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                fail(path + "/" + field, Text.of("file.saknas"));
            }
            return null;
        }
        if (!value.isValueNode()) {
            fail(path + "/" + field, Text.of("file.harSkaStaEnText"));
            return null;
        }
        return value.asString();
    }

    /**
     * A single value (text, number, true/false) as text; a list or a mapping where a value belongs is a problem at its
     * line, and {@code null} is returned.
     */
    String scalar(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            fail(path, Text.of("file.harSkaStaEttVarde"));
            return null;
        }
        return node.asString();
    }

    String unit(JsonNode node, String path, String fallback) {
        if (node == null) {
            return fallback;
        }
        if (!node.isValueNode()) {
            fail(path, Text.of("file.harSkaStaEttVarde"));
            return fallback;
        }
        String unit = node.asString();
        if (!"tkr".equals(unit) && !"kr".equals(unit)) {
            fail(path, Text.of("file.enhetenArOkandSkrivKr", unit));
            return fallback;
        }
        return unit;
    }

    <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                fail(path, Text.of("file.saknas"));
            }
            return null;
        }
        String name = scalar(node, path);
        return name == null ? null : enumName(name, path, type);
    }

    <E extends Enum<E>> E enumName(String value, String path, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            fail(path, Text.of("file.unknownValue", value, String.join(", ", names)));
            return null;
        }
    }

    Integer year(JsonNode node, String path) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            if (node == null) {
                fail(path, Text.of("file.giveTheYear"));
            } else if (node.isValueNode()) {
                fail(path, Text.of("file.notAYear", node.asString()));
            } else {
                fail(path, Text.of("file.harSkaStaEttVarde"));
            }
            return null;
        }
        return checkYear(node.intValue(), path);
    }

    Integer yearKey(String key, String path) {
        try {
            if (key.length() > 6) {
                throw new NumberFormatException(key);
            }
            return checkYear(Integer.parseInt(key), path);
        } catch (NumberFormatException e) {
            fail(path, Text.of("file.arIngetArtal", key));
            return null;
        }
    }

    Integer checkYear(int year, String path) {
        if (year < 2000 || year > 2100) {
            fail(path, Text.of("file.aretLiggerUtanfor20002100", year));
            return null;
        }
        return year;
    }

    Long wholeNumber(JsonNode node, String path) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.longValue() < 0) {
            fail(path, Text.of("file.harSkaStaEttHeltal"));
            return null;
        }
        return node.longValue();
    }

    BigDecimal percentage(JsonNode node, String path) {
        BigDecimal value = number(node, path, true);
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            fail(path, Text.of("file.procentsatsenSkaLiggaMellan0", value.toPlainString()));
            return null;
        }
        return value;
    }

    Money money(JsonNode node, String path, String unit, boolean required) {
        BigDecimal value = number(node, path, required);
        if (value == null) {
            return null;
        }
        BigDecimal kronor = "tkr".equals(unit) ? value.movePointRight(3) : value;
        if (kronor.stripTrailingZeros().scale() > 2) {
            fail(path, Text.of("file.beloppetHarFlerDecimalerAn", value.toPlainString(), unit));
            return null;
        }
        return Money.ofKronor(kronor);
    }

    BigDecimal number(JsonNode node, String path, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                fail(path, Text.of("file.saknas"));
            }
            return null;
        }
        try {
            if (node.isNumber()) {
                return node.isFloatingPointNumber() && !node.isBigDecimal() ? Decimals.bounded(node.doubleValue())
                        : Decimals.bounded(node.decimalValue());
            }
            if (!node.isValueNode()) {
                fail(path, Text.of("file.harSkaStaEttVarde"));
                return null;
            }
            return Decimals.parse(node.asString());
        } catch (Decimals.BadNumber e) {
            fail(path, e.sentence(node.asString(), Text.of("number.subject.number")));
            return null;
        } catch (ArithmeticException | NumberFormatException e) {
            fail(path, Text.of("file.arIngetTal", node.asString()));
            return null;
        }
    }

    void fail(String path, String message) {
        problems.add(new PlanFileException.Problem(lineOf(path), path.isEmpty() ? "" : path.substring(1), message));
    }

    void fail(String path, Text message) {
        problems.add(new PlanFileException.Problem(lineOf(path), path.isEmpty() ? "" : path.substring(1), message));
    }

    int lineOf(String path) {
        for (String p = path; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
        }
    }

    LocalDate date(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            fail(path, Text.of("file.harSkaStaEttVarde"));
            return null;
        }
        try {
            return IsoDate.parse(node.asString());
        } catch (DateTimeParseException e) {
            fail(path, Text.of("file.datumetSkaSkrivasAaaaMm", node.asString()));
            return null;
        }
    }

    String memberRef(JsonNode node, String path, List<Member> members) {
        if (node == null || node.isNull()) {
            fail(path, Text.of("file.saknas"));
            return null;
        }
        String name = scalar(node, path);
        if (name != null && members.stream().noneMatch(m -> name.equals(m.name()))) {
            fail(path, Text.of("file.finnsInteBlandForbundetsMedlemmar", name));
        }
        return name;
    }

    String memberName(JsonNode node, String path, List<Member> members) {
        String name = text(node, path, "member", true);
        if (name != null && members.stream().noneMatch(m -> name.equals(m.name()))) {
            fail(path + "/member", Text.of("file.medlemmenFinnsInteBlandForbundets", name));
        }
        return name;
    }

    SortedMap<Integer, Money> amounts(JsonNode node, String path, String unit, List<Integer> years) {
        SortedMap<Integer, Money> result = new TreeMap<>();
        if (node == null) {
            return java.util.Collections.unmodifiableSortedMap(result);
        }
        if (!object(node, path)) {
            return java.util.Collections.unmodifiableSortedMap(result);
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String p = path + "/" + e.getKey();
            Integer year = yearKey(e.getKey(), p);
            if (year != null && !years.isEmpty() && !years.contains(year)) {
                fail(p, Text.of("file.aretFinnsInteBlandBudgetens", year, years));
                continue;
            }
            Money amount = money(e.getValue(), p, unit, true);
            if (year != null && amount != null) {
                result.put(year, amount);
            }
        }
        return java.util.Collections.unmodifiableSortedMap(result);
    }
}
