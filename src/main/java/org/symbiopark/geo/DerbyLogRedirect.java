package org.symbiopark.geo;

import java.io.Writer;

/**
 * Where the Derby engine inside Apache SIS's embedded EPSG database writes its log.
 *
 * <p>Derby writes a {@code derby.log} file into the working directory on every boot unless the
 * system property {@code derby.stream.error.field} names a public static {@link Writer} or
 * {@code OutputStream} field before the engine starts (Derby reference manual, "derby.stream.error.field").
 * {@link #install()} points it at {@link #WRITER}, which hands each line to the
 * {@code org.apache.derby} logger at debug level, so the boot banner is kept but litters nothing.
 * A property the operator has already set ({@code derby.stream.error.file}, {@code .field},
 * {@code .method}) wins.
 */
public final class DerbyLogRedirect {

    /** Derby's error stream; public because Derby resolves it by reflection. */
    public static final Writer WRITER = new Writer() {
        private final System.Logger log = System.getLogger("org.apache.derby");
        private final StringBuilder line = new StringBuilder();

        @Override
        public synchronized void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    flushLine();
                } else if (c != '\r') {
                    line.append(c);
                }
            }
        }

        @Override
        public synchronized void flush() {
            flushLine();
        }

        @Override
        public void close() {
            flush();
        }

        private void flushLine() {
            if (!line.isEmpty()) {
                log.log(System.Logger.Level.DEBUG, line.toString());
                line.setLength(0);
            }
        }
    };

    private DerbyLogRedirect() {
    }

    /** Idempotent; must run before anything boots Derby (the first EPSG lookup does). */
    static void install() {
        if (System.getProperty("derby.stream.error.file") == null
                && System.getProperty("derby.stream.error.field") == null
                && System.getProperty("derby.stream.error.method") == null) {
            System.setProperty("derby.stream.error.field", DerbyLogRedirect.class.getName() + ".WRITER");
        }
    }
}
