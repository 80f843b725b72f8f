package cn.stampcheck.calc;

import com.sun.star.lang.XSingleComponentFactory;
import com.sun.star.lib.uno.helper.Factory;
import com.sun.star.registry.XRegistryKey;

/**
 * Named by {@code RegistrationClassName} in the jar's manifest: the office's Java loader asks it for
 * the factory of the extension's one component, the {@code stampcheck:} protocol handler.
 */
public final class Registration {

    private Registration() {
    }

    public static XSingleComponentFactory __getComponentFactory(String implementationName) {
        if (StampcheckHandler.IMPLEMENTATION.equals(implementationName)) {
            return Factory.createComponentFactory(StampcheckHandler.class, StampcheckHandler.SERVICES);
        }
        return null;
    }

    public static boolean __writeRegistryServiceInfo(XRegistryKey key) {
        return Factory.writeRegistryServiceInfo(StampcheckHandler.IMPLEMENTATION, StampcheckHandler.SERVICES, key);
    }
}
