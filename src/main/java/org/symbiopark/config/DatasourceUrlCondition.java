package org.symbiopark.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Which store serves: PostGIS when {@code spring.datasource.url} is set, the GeoPackage file when
 * it is not. One rule for both sides, so exactly one of them matches: a URL that is absent, empty
 * or only whitespace counts as unset. The property is read from the {@link Environment} as a
 * value, never spliced into an expression, so any character in the URL is fine.
 */
public abstract class DatasourceUrlCondition implements Condition {

    public static final String PROPERTY = "spring.datasource.url";

    private final boolean matchesWhenSet;

    private DatasourceUrlCondition(boolean matchesWhenSet) {
        this.matchesWhenSet = matchesWhenSet;
    }

    /** True if the environment names a datasource URL that is not blank. */
    public static boolean isSet(Environment environment) {
        String url = environment.getProperty(PROPERTY);
        return url != null && !url.isBlank();
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isSet(context.getEnvironment()) == matchesWhenSet;
    }

    /** Matches when a datasource URL is set: the PostGIS store. */
    public static final class Set extends DatasourceUrlCondition {
        public Set() {
            super(true);
        }
    }

    /** Matches when no datasource URL is set: the embedded GeoPackage store. */
    public static final class Unset extends DatasourceUrlCondition {
        public Unset() {
            super(false);
        }
    }
}
