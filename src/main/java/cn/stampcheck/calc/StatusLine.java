package cn.stampcheck.calc;

import com.sun.star.task.XStatusIndicator;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one message left in the status bar after a command: it goes when the next command starts or after
 * a while, whichever comes first, so that an old "第3处，共5处" does not sit there for the rest of the day.
 */
final class StatusLine {

    /** How long a message stays when nothing else happens. */
    static final Duration SHOWN = Duration.ofSeconds(20);

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stampcheck-status");
        t.setDaemon(true);
        return t;
    });

    private static XStatusIndicator shown;

    private StatusLine() {
    }

    /** Leaves the indicator's message showing until {@link #clear()} or until {@code after} has passed. */
    static synchronized void leave(XStatusIndicator indicator, Duration after) {
        clear();
        shown = indicator;
        TIMER.schedule(() -> clearIf(indicator), after.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Takes the message away (the next command starts). */
    static synchronized void clear() {
        if (shown != null) {
            try {
                shown.end();
            } catch (RuntimeException e) {
                // the frame went away
            }
            shown = null;
        }
    }

    private static synchronized void clearIf(XStatusIndicator indicator) {
        if (shown == indicator) {
            clear();
        }
    }
}
