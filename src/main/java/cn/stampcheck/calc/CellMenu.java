package cn.stampcheck.calc;

import static cn.stampcheck.calc.Uno.qi;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XIndexContainer;
import com.sun.star.frame.XController;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.ui.ContextMenuExecuteEvent;
import com.sun.star.ui.ContextMenuInterceptorAction;
import com.sun.star.ui.XContextMenuInterception;
import com.sun.star.ui.XContextMenuInterceptor;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * 说明此处… at the end of a cell's context menu (the clerk right-clicks the flagged cell she has just
 * reviewed). Registered once per Calc view when the view first shows the 核查 toolbar or menu; only menus
 * that offer to insert a comment (a cell's) get the entry.
 */
final class CellMenu extends WeakBase implements XContextMenuInterceptor {

    static final String TEXT = "说明此处…";
    private static final String COMMAND = StampcheckHandler.PROTOCOL + "explain";
    private static final Map<XController, Boolean> REGISTERED = Collections.synchronizedMap(new WeakHashMap<>());

    /** Adds the entry to the context menus of the view, once. */
    static void register(XController controller) {
        if (controller == null || REGISTERED.containsKey(controller)) {
            return;
        }
        XContextMenuInterception interception = qi(XContextMenuInterception.class, controller);
        if (interception != null) {
            interception.registerContextMenuInterceptor(new CellMenu());
            REGISTERED.put(controller, true);
        }
    }

    @Override
    public ContextMenuInterceptorAction notifyContextMenuExecute(ContextMenuExecuteEvent event) {
        try {
            XIndexContainer menu = event.ActionTriggerContainer;
            if (!offers(menu, ".uno:InsertAnnotation") && !offers(menu, ".uno:EditAnnotation") || offers(menu, COMMAND)) {
                return ContextMenuInterceptorAction.IGNORED;
            }
            XMultiServiceFactory factory = qi(XMultiServiceFactory.class, menu);
            menu.insertByIndex(menu.getCount(), factory.createInstance("com.sun.star.ui.ActionTriggerSeparator"));
            XPropertySet entry = qi(XPropertySet.class, factory.createInstance("com.sun.star.ui.ActionTrigger"));
            entry.setPropertyValue("Text", TEXT);
            entry.setPropertyValue("CommandURL", COMMAND);
            menu.insertByIndex(menu.getCount(), entry);
            return ContextMenuInterceptorAction.CONTINUE_MODIFIED;
        } catch (Exception e) {
            Log.error("cannot add 说明此处… to the context menu", e);
            return ContextMenuInterceptorAction.IGNORED;
        }
    }

    private static boolean offers(XIndexAccess menu, String command) throws com.sun.star.uno.Exception {
        for (int i = 0; i < menu.getCount(); i++) {
            XPropertySet item = qi(XPropertySet.class, menu.getByIndex(i));
            if (item != null && item.getPropertySetInfo().hasPropertyByName("CommandURL")
                    && command.equals(item.getPropertyValue("CommandURL"))) {
                return true;
            }
        }
        return false;
    }
}
