package org.symbiopark.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

class SisWarningsOnceTest {

    @Test
    void repeatedSisWarningBecomesOneDebugRecord() {
        new SisCoordinateTransforms();
        Logger logger = Logger.getLogger("org.apache.sis.referencing.operation");
        List<LogRecord> seen = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level level = logger.getLevel();
        logger.setLevel(Level.FINE);
        logger.addHandler(capture);
        try {
            for (int i = 0; i < 3; i++) {
                logger.warning("Datum shift grid \"test-grid.gsb\" not found; ballpark used (" + getClass() + ")");
            }
            logger.severe("a severe record passes unchanged");
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(level);
        }
        assertEquals(2, seen.size(), seen.toString());
        assertEquals(Level.FINE, seen.get(0).getLevel());
        assertEquals(Level.SEVERE, seen.get(1).getLevel());
    }
}
