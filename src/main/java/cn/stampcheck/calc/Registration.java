package cn.stampcheck.calc;

import com.sun.star.lang.XSingleComponentFactory;
import com.sun.star.lib.uno.helper.Factory;
import com.sun.star.registry.XRegistryKey;

/**
 * Named by {@code RegistrationClassName} in the jar's manifest: the office's Java loader asks it for
 * the factories of the extension's components: the {@code stampcheck:} protocol handler and the job that
 * warms the rules up when the office starts.
 */
public final class Registration {

    private Registration() {
    }

    public static XSingleComponentFactory __getComponentFactory(String implementationName) {
        if (StampcheckHandler.IMPLEMENTATION.equals(implementationName)) {
            return Factory.createComponentFactory(StampcheckHandler.class, StampcheckHandler.SERVICES);
        }
        if (WarmupJob.IMPLEMENTATION.equals(implementationName)) {
            return Factory.createComponentFactory(WarmupJob.class, WarmupJob.SERVICES);
        }
        return null;
    }

    public static boolean __writeRegistryServiceInfo(XRegistryKey key) {
        return Factory.writeRegistryServiceInfo(StampcheckHandler.IMPLEMENTATION, StampcheckHandler.SERVICES, key)
                && Factory.writeRegistryServiceInfo(WarmupJob.IMPLEMENTATION, WarmupJob.SERVICES, key);
    }
}
