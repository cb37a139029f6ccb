package org.symbiopark.routing;

/**
 * Where a long computation reports how far it has got, and asks whether to stop; a stop ends it
 * with a {@link java.util.concurrent.CancellationException}.
 */
public interface PlanningMonitor {

    PlanningMonitor NONE = new PlanningMonitor() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean cancelRequested() {
            return false;
        }
    };

    /** {@code fraction} of the work done, in [0, 1]. */
    void progress(double fraction, String message);

    boolean cancelRequested();
}
