package org.symbiopark.geo;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Turns Apache SIS's referencing warnings (e.g. a datum shift grid that is not installed, a
 * fallback to a ballpark transformation) into one debug record per distinct message.
 *
 * <p>SIS logs such a warning each time it builds an operation, which in a server means once per
 * request for the same CRS pair; the information is useful once, to a developer. SIS logs through
 * {@code java.util.logging}; a {@link Filter} only applies to the logger it is set on, not to
 * its children, so it is set on each of SIS's logger names. The loggers are held strongly here
 * because {@code java.util.logging} keeps only weak references and would drop the filter.
 * Severe records pass unchanged.
 */
final class SisWarningsOnce implements Filter {

    /** SIS's logger names (org.apache.sis.system.Loggers, SIS 1.6). */
    private static final List<String> SIS_LOGGERS = List.of(
            "org.apache.sis", "org.apache.sis.system", "org.apache.sis.sql", "org.apache.sis.measure",
            "org.apache.sis.math", "org.apache.sis.io.wkt", "org.apache.sis.geometry",
            "org.apache.sis.metadata.iso", "org.apache.sis.referencing",
            "org.apache.sis.referencing.factory", "org.apache.sis.referencing.factory.sql",
            "org.apache.sis.referencing.operation", "org.apache.sis.parameter",
            "org.apache.sis.util.resources");

    private static final SisWarningsOnce INSTANCE = new SisWarningsOnce();
    private static final List<Logger> HELD = SIS_LOGGERS.stream().map(Logger::getLogger).toList();

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    private SisWarningsOnce() {
    }

    /** Idempotent. */
    static void install() {
        for (Logger logger : HELD) {
            if (logger.getFilter() == null) {
                logger.setFilter(INSTANCE);
            }
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLevel().intValue() != Level.WARNING.intValue()) {
            return true;
        }
        if (!seen.add(record.getLoggerName() + '\u0000' + record.getMessage())) {
            return false;
        }
        record.setLevel(Level.FINE);
        Logger logger = Logger.getLogger(record.getLoggerName() == null ? "" : record.getLoggerName());
        return logger.isLoggable(Level.FINE);
    }
}
