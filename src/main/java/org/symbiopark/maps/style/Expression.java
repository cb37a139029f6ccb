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

    record Literal(String value) implements Expression {
        @Override
        public Object evaluate(Map<String, ?> properties) {
            return value;
        }
    }
}
