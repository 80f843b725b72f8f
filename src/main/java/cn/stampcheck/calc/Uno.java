package cn.stampcheck.calc;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;

/** Small UNO conveniences. */
final class Uno {

    private Uno() {
    }

    static <T> T qi(Class<T> type, Object object) {
        return object == null ? null : UnoRuntime.queryInterface(type, object);
    }

    static Object service(XComponentContext ctx, String name) throws com.sun.star.uno.Exception {
        return ctx.getServiceManager().createInstanceWithContext(name, ctx);
    }

    static PropertyValue prop(String name, Object value) {
        PropertyValue p = new PropertyValue();
        p.Name = name;
        p.Value = value;
        return p;
    }

    static Object get(Object object, String property) {
        try {
            return qi(XPropertySet.class, object).getPropertyValue(property);
        } catch (com.sun.star.uno.Exception e) {
            throw new IllegalStateException("cannot read " + property + ": " + e.getMessage(), e);
        }
    }

    static void set(Object object, String property, Object value) {
        try {
            qi(XPropertySet.class, object).setPropertyValue(property, value);
        } catch (com.sun.star.uno.Exception e) {
            throw new IllegalStateException("cannot set " + property + ": " + e.getMessage(), e);
        }
    }

    /** A UNO Any or a plain value as an int, or the fallback. */
    static int toInt(Object value, int fallback) {
        if (value instanceof com.sun.star.uno.Any any) {
            value = any.getObject();
        }
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof String s) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
