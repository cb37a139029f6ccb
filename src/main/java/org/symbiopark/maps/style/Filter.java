package org.symbiopark.maps.style;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The part of OGC Filter Encoding 1.0 (OGC 02-059) that styles need: comparisons, ranges,
 * patterns and their logical combinations. Spatial operators are not supported.
 *
 * <p>Values compare as numbers when both sides read as numbers, otherwise as strings
 * (as GeoServer and QGIS do for untyped literals). A comparison with an absent property is
 * false, so a rule never matches a feature by accident of a missing attribute; {@code
 * PropertyIsNotEqualTo} is the negation of {@code PropertyIsEqualTo}.
 */
public sealed interface Filter {

    boolean test(Map<String, ?> properties);

    enum Operator {
        EQUAL_TO, NOT_EQUAL_TO, LESS_THAN, GREATER_THAN, LESS_THAN_OR_EQUAL_TO, GREATER_THAN_OR_EQUAL_TO
    }

    record Comparison(Operator operator, Expression left, Expression right) implements Filter {
        @Override
        public boolean test(Map<String, ?> properties) {
            Object a = left.evaluate(properties);
            Object b = right.evaluate(properties);
            if (operator == Operator.NOT_EQUAL_TO) {
                return !(a != null && b != null && compare(a, b) == 0);
            }
            if (a == null || b == null) {
                return false;
            }
            int c = compare(a, b);
            return switch (operator) {
                case EQUAL_TO -> c == 0;
                case LESS_THAN -> c < 0;
                case GREATER_THAN -> c > 0;
                case LESS_THAN_OR_EQUAL_TO -> c <= 0;
                case GREATER_THAN_OR_EQUAL_TO -> c >= 0;
                case NOT_EQUAL_TO -> throw new AssertionError();
            };
        }
    }

    /** {@code PropertyIsBetween}: lower ≤ value ≤ upper, both bounds inclusive (Filter 1.0 §11.2). */
    record Between(Expression value, Expression lower, Expression upper) implements Filter {
        @Override
        public boolean test(Map<String, ?> properties) {
            Object v = value.evaluate(properties);
            Object lo = lower.evaluate(properties);
            Object hi = upper.evaluate(properties);
            return v != null && lo != null && hi != null && compare(v, lo) >= 0 && compare(v, hi) <= 0;
        }
    }

    /** {@code PropertyIsLike} with the pattern's own wild card, single character and escape characters. */
    record Like(Expression value, Pattern pattern) implements Filter {

        public static Like of(Expression value, String pattern, String wildCard, String singleChar, String escape) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                String c = pattern.substring(i, i + 1);
                if (!escape.isEmpty() && c.equals(escape) && i + 1 < pattern.length()) {
                    regex.append(Pattern.quote(pattern.substring(i + 1, i + 2)));
                    i++;
                } else if (c.equals(wildCard)) {
                    regex.append(".*");
                } else if (c.equals(singleChar)) {
                    regex.append('.');
                } else {
                    regex.append(Pattern.quote(c));
                }
            }
            return new Like(value, Pattern.compile(regex.toString(), Pattern.DOTALL));
        }

        @Override
        public boolean test(Map<String, ?> properties) {
            Object v = value.evaluate(properties);
            return v != null && pattern.matcher(v.toString()).matches();
        }
    }

    record And(List<Filter> operands) implements Filter {
        @Override
        public boolean test(Map<String, ?> properties) {
            return operands.stream().allMatch(f -> f.test(properties));
        }
    }

    record Or(List<Filter> operands) implements Filter {
        @Override
        public boolean test(Map<String, ?> properties) {
            return operands.stream().anyMatch(f -> f.test(properties));
        }
    }

    record Not(Filter operand) implements Filter {
        @Override
        public boolean test(Map<String, ?> properties) {
            return !operand.test(properties);
        }
    }

    /** Numbers numerically, anything else by its text; booleans read as "true"/"false". */
    static int compare(Object a, Object b) {
        Double x = number(a);
        Double y = x == null ? null : number(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        return Objects.toString(a).compareTo(Objects.toString(b));
    }

    private static Double number(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        if (o instanceof String s && !s.isBlank()) {
            String t = s.trim();
            if (!mayBeNumber(t)) {
                return null;
            }
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether {@link Double#parseDouble} could read this trimmed text: everything it reads starts,
     * after an optional sign, with a digit, a point, "NaN" or "Infinity". Words such as zoning
     * codes are turned away here, because a thrown NumberFormatException per comparison was a
     * fifth of a 10,000-parcel GetMap's time.
     */
    private static boolean mayBeNumber(String t) {
        int i = t.charAt(0) == '+' || t.charAt(0) == '-' ? 1 : 0;
        if (i >= t.length()) {
            return false;
        }
        char c = t.charAt(i);
        return c >= '0' && c <= '9' || c == '.' || c == 'N' || c == 'I';
    }
}
