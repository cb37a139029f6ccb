package org.symbiopark.maps.style;

import java.util.Map;

/** An OGC Filter 1.0 expression this reader understands: a property's value or a literal. */
public sealed interface Expression {

    /** The value for a feature with these attributes; {@code null} when the property is absent. */
    Object evaluate(Map<String, ?> properties);

    record Property(String name) implements Expression {
        @Override
        public Object evaluate(Map<String, ?> properties) {
            return properties.get(name);
        }
    }

    /** A literal; its number, when it reads as one, parsed once here rather than per feature. */
    record Literal(String value, Double number) implements Expression {

        public Literal(String value) {
            this(value, Filter.parseNumber(value));
        }

        @Override
        public Object evaluate(Map<String, ?> properties) {
            return number != null ? number : value;
        }
    }
}
