package cn.stampcheck.calc;

import static cn.stampcheck.calc.Uno.qi;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.DispatchDescriptor;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.FeatureStateEvent;
import com.sun.star.frame.XDispatch;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XDispatchResultListener;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XNotifyingDispatch;
import com.sun.star.frame.XStatusListener;
import com.sun.star.lang.XInitialization;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The protocol handler for {@code stampcheck:check|clear|next|previous|chooseRules|openRulesFolder|draftRules|
 * lintRules|activateDraft|checkFolder|comparePrevious|explain|clearExplanations}, bound to the 核查 toolbar and menu. {@code stampcheck:check} takes the dispatch arguments {@code Rules} (a
 * file path or URL), {@code Quarter} (1–4) and {@code Interactive} (false: no dialogs, the outcome goes to
 * the status bar and the log). Through {@link XNotifyingDispatch} the outcome's one-line message is the
 * dispatch result (SUCCESS, or FAILURE when the command refused or failed), which is what
 * {@code DispatchHelper.executeDispatch} returns to automation.
 *
 * <p>Every entry point runs with the extension's own class loader as the thread's context class loader
 * (it is null inside {@code dispatch()}, and Drools would then stay broken for the life of the office), and
 * no exception leaves it: details go to the log, the clerk gets one Chinese line.
 */
public final class StampcheckHandler extends WeakBase
        implements XDispatchProvider, XNotifyingDispatch, XInitialization, XServiceInfo {

    public static final String IMPLEMENTATION = StampcheckHandler.class.getName();
    public static final String[] SERVICES = {"com.sun.star.frame.ProtocolHandler"};
    static final String PROTOCOL = "stampcheck:";
    static final Set<String> COMMANDS = Set.of("check", "clear", "next", "previous", "chooseRules", "openRulesFolder",
            "draftRules", "lintRules", "activateDraft", "checkFolder", "comparePrevious", "explain", "clearExplanations");

    private final XComponentContext ctx;
    private XFrame frame;

    public StampcheckHandler(XComponentContext ctx) {
        this.ctx = ctx;
    }

    // XInitialization: the frame the toolbar or menu belongs to
    @Override
    public void initialize(Object[] arguments) {
        for (Object a : arguments) {
            XFrame f = qi(XFrame.class, a);
            if (f != null) {
                frame = f;
            }
        }
    }

    // XDispatchProvider
    @Override
    public XDispatch queryDispatch(URL url, String target, int flags) {
        return PROTOCOL.equals(url.Protocol) && COMMANDS.contains(url.Path) ? this : null;
    }

    @Override
    public XDispatch[] queryDispatches(DispatchDescriptor[] requests) {
        XDispatch[] result = new XDispatch[requests.length];
        for (int i = 0; i < requests.length; i++) {
            result[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
        }
        return result;
    }

    // XDispatch
    @Override
    public void dispatch(URL url, PropertyValue[] arguments) {
        dispatchWithNotification(url, arguments, null);
    }

    @Override
    public void dispatchWithNotification(URL url, PropertyValue[] arguments, XDispatchResultListener listener) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(StampcheckHandler.class.getClassLoader());
        boolean ok = false;
        String message;
        Ui ui = null;
        try {
            if (Log.file() == null) {
                Log.use(UserFiles.logFile(ctx));
            }
            Map<String, Object> args = arguments(arguments);
            boolean interactive = !"false".equalsIgnoreCase(String.valueOf(unwrap(args.get("Interactive"))));
            ui = new Ui(ctx, frame, interactive);
            long start = System.nanoTime();
            Commands.Outcome outcome = new Commands(ctx, frame, ui, args).run(url.Path);
            ok = outcome.ok();
            message = outcome.message();
            Log.info(url.Complete + " " + args + " -> " + (ok ? "ok" : "refused") + " in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms: " + message);
            if (outcome.quiet()) {
                ui.status(message);
            } else {
                ui.tell(message, !ok);
            }
        } catch (Throwable t) {
            Log.error(url.Complete + " failed", t);
            String reason = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
            message = switch (url.Path) {
                case "draftRules" -> "生成规则出错，未写入文件：";
                case "lintRules" -> "检查规则文件出错：";
                case "activateDraft" -> "启用规则草稿出错：";
                case "checkFolder" -> "核查文件夹出错，未写入总览：";
                default -> "核查出错，文档未改动：";
            } + reason + "（详情见日志 " + Log.file() + "）";
            try {
                if (ui == null) {
                    ui = new Ui(ctx, frame, false);
                }
                ui.tell(message, true);
            } catch (Throwable t2) {
                Log.error("cannot report the failure", t2);
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        if (listener != null) {
            try {
                listener.dispatchFinished(new DispatchResultEvent(this,
                        ok ? DispatchResultState.SUCCESS : DispatchResultState.FAILURE, message));
            } catch (Throwable t) {
                Log.error("cannot notify the dispatch listener", t);
            }
        }
    }

    @Override
    public void addStatusListener(XStatusListener listener, URL url) {
        // a Calc window is showing our toolbar or menu: compile the rules before the first click
        try {
            Warmup.start(ctx);
        } catch (Throwable t) {
            Log.error("cannot start the warm-up", t);
        }
        try {
            if (frame != null) {
                CellMenu.register(frame.getController());
            }
        } catch (Throwable t) {
            Log.error("cannot add to the cell's context menu", t);
        }
        try {
            listener.statusChanged(new FeatureStateEvent(this, url, "", true, false, null));
        } catch (RuntimeException e) {
            // the toolbar went away
        }
    }

    @Override
    public void removeStatusListener(XStatusListener listener, URL url) {
    }

    private static Map<String, Object> arguments(PropertyValue[] arguments) {
        Map<String, Object> args = new LinkedHashMap<>();
        if (arguments != null) {
            for (PropertyValue p : arguments) {
                if (p != null && p.Name != null) {
                    args.put(p.Name, unwrap(p.Value));
                }
            }
        }
        return args;
    }

    private static Object unwrap(Object o) {
        return o instanceof com.sun.star.uno.Any any ? any.getObject() : o;
    }

    // XServiceInfo
    @Override
    public String getImplementationName() {
        return IMPLEMENTATION;
    }

    @Override
    public boolean supportsService(String service) {
        for (String s : SERVICES) {
            if (s.equals(service)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String[] getSupportedServiceNames() {
        return SERVICES.clone();
    }
}
