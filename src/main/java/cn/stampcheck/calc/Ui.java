package cn.stampcheck.calc;

import static cn.stampcheck.calc.Uno.qi;

import com.sun.star.awt.MessageBoxButtons;
import com.sun.star.awt.MessageBoxResults;
import com.sun.star.awt.MessageBoxType;
import com.sun.star.awt.PushButtonType;
import com.sun.star.awt.XControl;
import com.sun.star.awt.XControlContainer;
import com.sun.star.awt.XControlModel;
import com.sun.star.awt.XDialog;
import com.sun.star.awt.XListBox;
import com.sun.star.awt.XMessageBox;
import com.sun.star.awt.XMessageBoxFactory;
import com.sun.star.awt.XToolkit;
import com.sun.star.awt.XWindowPeer;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XNameContainer;
import com.sun.star.frame.XFrame;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.task.XStatusIndicator;
import com.sun.star.task.XStatusIndicatorFactory;
import com.sun.star.ui.dialogs.ExecutableDialogResults;
import com.sun.star.ui.dialogs.TemplateDescription;
import com.sun.star.ui.dialogs.XFilePicker3;
import com.sun.star.ui.dialogs.XFolderPicker2;
import com.sun.star.uno.XComponentContext;

/**
 * What the clerk sees besides the marks: message boxes, the status bar, the quarter dialog, file and folder
 * pickers.
 */
final class Ui {

    static final String TITLE = "核查";

    private final XComponentContext ctx;
    private final XFrame frame;
    private final boolean interactive;
    private XStatusIndicator indicator;
    private String shownText;

    Ui(XComponentContext ctx, XFrame frame, boolean interactive) {
        this.ctx = ctx;
        this.frame = frame;
        this.interactive = interactive;
        StatusLine.clear();
    }

    boolean interactive() {
        return interactive;
    }

    /**
     * Starts or advances the progress shown in the status bar (0–100). The text is passed on only when it
     * changes: the office redraws its status bar for a new text with an empty bar, so a text per step would
     * hide the bar's progress.
     */
    XStatusIndicator progress(String text, int value) {
        try {
            if (indicator == null && frame != null) {
                XStatusIndicatorFactory f = qi(XStatusIndicatorFactory.class, frame);
                if (f != null) {
                    indicator = f.createStatusIndicator();
                    indicator.start(text, 100);
                    shownText = text;
                }
            }
            if (indicator != null) {
                if (!text.equals(shownText)) {
                    indicator.setText(text);
                    shownText = text;
                }
                indicator.setValue(value);
            }
        } catch (RuntimeException e) {
            Log.error("status bar unavailable", e);
            indicator = null;
        }
        return indicator;
    }

    /** Ends the progress and tells the outcome: a message box when interactive, else the status bar. */
    void tell(String message, boolean problem) {
        if (interactive) {
            endProgress();
            messageBox(message, problem);
        } else {
            status(message);
        }
    }

    /** Leaves a message in the status bar, until the next command or for {@link StatusLine#SHOWN}. */
    void status(String message) {
        progress(message, 100);
        if (indicator != null) {
            StatusLine.leave(indicator, StatusLine.SHOWN);
        }
        indicator = null;
    }

    void endProgress() {
        if (indicator != null) {
            try {
                indicator.end();
            } catch (RuntimeException e) {
                // the frame went away
            }
            indicator = null;
        }
    }

    void messageBox(String message, boolean problem) {
        try {
            XMessageBoxFactory factory = qi(XMessageBoxFactory.class, Uno.service(ctx, "com.sun.star.awt.Toolkit"));
            XMessageBox box = factory.createMessageBox(parent(), problem ? MessageBoxType.WARNINGBOX : MessageBoxType.INFOBOX,
                    MessageBoxButtons.BUTTONS_OK, TITLE, message);
            box.execute();
            qi(XComponent.class, box).dispose();
        } catch (Exception e) {
            Log.error("cannot show a message box", e);
        }
    }

    private XWindowPeer parent() {
        return frame == null ? null : qi(XWindowPeer.class, frame.getContainerWindow());
    }

    /** Asks for the quarter, the given one (1–4) preselected; null when cancelled. */
    Integer askQuarter(String reason, int preselected) throws com.sun.star.uno.Exception {
        Object model = Uno.service(ctx, "com.sun.star.awt.UnoControlDialogModel");
        XPropertySet mp = qi(XPropertySet.class, model);
        mp.setPropertyValue("PositionX", 120);
        mp.setPropertyValue("PositionY", 80);
        mp.setPropertyValue("Width", 190);
        mp.setPropertyValue("Height", 78);
        mp.setPropertyValue("Title", "核查：选择季度");
        XMultiServiceFactory mf = qi(XMultiServiceFactory.class, model);
        XNameContainer names = qi(XNameContainer.class, model);

        Object label = mf.createInstance("com.sun.star.awt.UnoControlFixedTextModel");
        props(label, 6, 6, 178, 24);
        Uno.set(label, "MultiLine", true);
        Uno.set(label, "Label", reason + "\n本表是第几季度的进展情况？（将记在本文档中）");
        names.insertByName("label", label);

        Object list = mf.createInstance("com.sun.star.awt.UnoControlListBoxModel");
        props(list, 6, 34, 90, 14);
        Uno.set(list, "Dropdown", true);
        Uno.set(list, "StringItemList", new String[] {"第一季度", "第二季度", "第三季度", "第四季度"});
        Uno.set(list, "SelectedItems", new short[] {(short) (preselected - 1)});
        names.insertByName("quarter", list);

        Object dialog = withOkCancel(model, 84, 56);
        try {
            short r = qi(XDialog.class, dialog).execute();
            if (r != 1) {
                return null;
            }
            int pos = qi(XListBox.class, qi(XControlContainer.class, dialog).getControl("quarter")).getSelectedItemPos();
            return pos < 0 ? null : pos + 1;
        } finally {
            qi(XComponent.class, dialog).dispose();
        }
    }

    /** Adds 确定 (default) and 取消 at (okX, y) and (okX + 52, y) and creates the dialog on the document's window. */
    private Object withOkCancel(Object model, int okX, int y) throws com.sun.star.uno.Exception {
        XMultiServiceFactory mf = qi(XMultiServiceFactory.class, model);
        XNameContainer names = qi(XNameContainer.class, model);
        Object ok = mf.createInstance("com.sun.star.awt.UnoControlButtonModel");
        props(ok, okX, y, 48, 14);
        Uno.set(ok, "Label", "确定");
        Uno.set(ok, "PushButtonType", (short) PushButtonType.OK_value);
        Uno.set(ok, "DefaultButton", true);
        names.insertByName("ok", ok);
        Object cancel = mf.createInstance("com.sun.star.awt.UnoControlButtonModel");
        props(cancel, okX + 52, y, 48, 14);
        Uno.set(cancel, "Label", "取消");
        Uno.set(cancel, "PushButtonType", (short) PushButtonType.CANCEL_value);
        names.insertByName("cancel", cancel);
        Object dialog = Uno.service(ctx, "com.sun.star.awt.UnoControlDialog");
        XControl control = qi(XControl.class, dialog);
        control.setModel(qi(XControlModel.class, model));
        control.createPeer(qi(XToolkit.class, Uno.service(ctx, "com.sun.star.awt.Toolkit")), parent());
        return dialog;
    }

    /** Asks for a one-line explanation of a cell (required: OK with an empty line asks again); null when cancelled. */
    String askExplanation(String where) throws com.sun.star.uno.Exception {
        Object model = Uno.service(ctx, "com.sun.star.awt.UnoControlDialogModel");
        Uno.set(model, "PositionX", 120);
        Uno.set(model, "PositionY", 80);
        Uno.set(model, "Width", 240);
        Uno.set(model, "Height", 70);
        Uno.set(model, "Title", "核查：说明此处");
        XMultiServiceFactory mf = qi(XMultiServiceFactory.class, model);
        XNameContainer names = qi(XNameContainer.class, model);
        Object label = mf.createInstance("com.sun.star.awt.UnoControlFixedTextModel");
        props(label, 6, 6, 228, 14);
        Uno.set(label, "Label", where + " 的问题已核实，说明（一行，必填，将写入批注【说明】行）：");
        names.insertByName("label", label);
        Object edit = mf.createInstance("com.sun.star.awt.UnoControlEditModel");
        props(edit, 6, 24, 228, 14);
        names.insertByName("text", edit);
        Object dialog = withOkCancel(model, 134, 48);
        try {
            while (qi(XDialog.class, dialog).execute() == 1) {
                String text = qi(com.sun.star.awt.XTextComponent.class,
                        qi(XControlContainer.class, dialog).getControl("text")).getText();
                if (!text.isBlank()) {
                    return text.strip();
                }
            }
            return null;
        } finally {
            qi(XComponent.class, dialog).dispose();
        }
    }

    /**
     * Shows a folder's path where no program opens folders: selectable in a read-only field (Ctrl+C copies
     * it), and 复制路径 puts it on the clipboard. True when it was copied.
     */
    boolean showFolder(String what, String path) throws com.sun.star.uno.Exception {
        Object model = Uno.service(ctx, "com.sun.star.awt.UnoControlDialogModel");
        Uno.set(model, "PositionX", 120);
        Uno.set(model, "PositionY", 80);
        Uno.set(model, "Width", 260);
        Uno.set(model, "Height", 70);
        Uno.set(model, "Title", "核查：" + what);
        XMultiServiceFactory mf = qi(XMultiServiceFactory.class, model);
        XNameContainer names = qi(XNameContainer.class, model);
        Object label = mf.createInstance("com.sun.star.awt.UnoControlFixedTextModel");
        props(label, 6, 6, 248, 14);
        Uno.set(label, "Label", "本机没有可打开文件夹的程序。" + what + "在：");
        names.insertByName("label", label);
        Object edit = mf.createInstance("com.sun.star.awt.UnoControlEditModel");
        props(edit, 6, 24, 248, 14);
        Uno.set(edit, "ReadOnly", true);
        Uno.set(edit, "Text", path);
        names.insertByName("path", edit);
        Object dialog = withOkCancel(model, 154, 48);
        Uno.set(qi(XNameContainer.class, model).getByName("ok"), "Label", "复制路径");
        Uno.set(qi(XNameContainer.class, model).getByName("cancel"), "Label", "关闭");
        try {
            if (qi(XDialog.class, dialog).execute() != 1) {
                return false;
            }
            Object clipboard = Uno.service(ctx, "com.sun.star.datatransfer.clipboard.SystemClipboard");
            qi(com.sun.star.datatransfer.clipboard.XClipboard.class, clipboard).setContents(new TextTransfer(path), null);
            return true;
        } finally {
            qi(XComponent.class, dialog).dispose();
        }
    }

    private static void props(Object control, int x, int y, int w, int h) {
        Uno.set(control, "PositionX", x);
        Uno.set(control, "PositionY", y);
        Uno.set(control, "Width", w);
        Uno.set(control, "Height", h);
    }

    /** Lets the clerk pick a rules table (or an expert's .drl); null when cancelled. */
    String pickRulesFile(String folderUrl) throws com.sun.star.uno.Exception {
        return pickFile("选择规则文件", "规则文件 (*.xlsx;*.ods;*.drl)", "*.xlsx;*.ods;*.drl", folderUrl);
    }

    /** Lets the clerk pick a draft table in the 草稿 folder; null when cancelled. */
    String pickDraftFile(String folderUrl) throws com.sun.star.uno.Exception {
        return pickFile("选择要启用的规则草稿", "目标表 (*.xlsx;*.ods)", "*.xlsx;*.ods", folderUrl);
    }

    /** Lets the clerk pick a notice (.txt, .docx, .doc or .pdf); null when cancelled. */
    String pickNoticeFile() throws com.sun.star.uno.Exception {
        return pickFile("选择通知文件", "通知 (*.txt;*.docx;*.doc;*.pdf)", "*.txt;*.docx;*.doc;*.pdf", null);
    }

    /** Lets the clerk pick last quarter's report; null when cancelled. */
    String pickReportFile(String folderUrl) throws com.sun.star.uno.Exception {
        return pickFile("选择上季度的报表", "报表 (*.xlsx;*.xls;*.ods)", "*.xlsx;*.xls;*.ods", folderUrl);
    }

    /** Lets the clerk pick a folder; its URL, or null when cancelled. */
    String pickFolder(String title) throws com.sun.star.uno.Exception {
        XFolderPicker2 picker = qi(XFolderPicker2.class, Uno.service(ctx, "com.sun.star.ui.dialogs.FolderPicker"));
        picker.setTitle(title);
        try {
            return picker.execute() == ExecutableDialogResults.OK ? picker.getDirectory() : null;
        } finally {
            XComponent c = qi(XComponent.class, picker);
            if (c != null) {
                c.dispose();
            }
        }
    }

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String question) {
        try {
            XMessageBoxFactory factory = qi(XMessageBoxFactory.class, Uno.service(ctx, "com.sun.star.awt.Toolkit"));
            XMessageBox box = factory.createMessageBox(parent(), MessageBoxType.QUERYBOX, MessageBoxButtons.BUTTONS_YES_NO,
                    TITLE, question);
            short answer = box.execute();
            qi(XComponent.class, box).dispose();
            return answer == MessageBoxResults.YES;
        } catch (Exception e) {
            Log.error("cannot ask", e);
            return false;
        }
    }

    /** An open-file dialog with one filter; the chosen file's URL, or null when cancelled. */
    private String pickFile(String title, String filterName, String pattern, String folderUrl) throws com.sun.star.uno.Exception {
        Object picker = ctx.getServiceManager().createInstanceWithArgumentsAndContext(
                "com.sun.star.ui.dialogs.FilePicker", new Object[] {TemplateDescription.FILEOPEN_SIMPLE}, ctx);
        XFilePicker3 fp = qi(XFilePicker3.class, picker);
        fp.setTitle(title);
        fp.appendFilter(filterName, pattern);
        fp.setCurrentFilter(filterName);
        if (folderUrl != null) {
            fp.setDisplayDirectory(folderUrl);
        }
        try {
            if (fp.execute() != ExecutableDialogResults.OK) {
                return null;
            }
            String[] files = fp.getSelectedFiles();
            return files.length == 0 ? null : files[0];
        } finally {
            XComponent c = qi(XComponent.class, picker);
            if (c != null) {
                c.dispose();
            }
        }
    }
}
