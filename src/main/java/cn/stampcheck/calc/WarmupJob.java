package cn.stampcheck.calc;

import com.sun.star.beans.NamedValue;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.task.XJob;
import com.sun.star.uno.Any;
import com.sun.star.uno.XComponentContext;

/**
 * Runs on the office's OnStartApp event (Jobs.xcu): starts {@link Warmup} as soon as the office starts,
 * so that a report opened from the file manager and checked at once waits only for what the warm-up has
 * not finished yet, not for a whole cold start of the rules. Returns at once; the work is on a thread.
 */
public final class WarmupJob extends WeakBase implements XJob, XServiceInfo {

    public static final String IMPLEMENTATION = WarmupJob.class.getName();
    public static final String[] SERVICES = {"com.sun.star.task.Job"};

    private final XComponentContext ctx;

    public WarmupJob(XComponentContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Object execute(NamedValue[] arguments) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(WarmupJob.class.getClassLoader());
        try {
            Warmup.start(ctx);
        } catch (Throwable t) {
            Log.error("cannot start the warm-up at office start", t);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return Any.VOID;
    }

    @Override
    public String getImplementationName() {
        return IMPLEMENTATION;
    }

    @Override
    public boolean supportsService(String service) {
        return SERVICES[0].equals(service);
    }

    @Override
    public String[] getSupportedServiceNames() {
        return SERVICES.clone();
    }
}
