package org.symbiopark.maps.style;

import java.util.List;

/**
 * One SLD {@code UserStyle}: its feature type styles, each a list of rules, drawn one after
 * the other (SLD 1.0 §11.1).
 */
public record Style(String name, String title, List<List<Rule>> featureTypeStyles) {

    public Style {
        featureTypeStyles = featureTypeStyles.stream().map(List::copyOf).toList();
    }

    /** Every rule, in drawing order: what a legend lists. */
    public List<Rule> rules() {
        return featureTypeStyles.stream().flatMap(List::stream).toList();
    }
}
