package cn.stampcheck.calc;

import cn.stampcheck.marks.MarkText;
import static cn.stampcheck.calc.Uno.qi;

import cn.stampcheck.calc.MarkState.Fill;
import cn.stampcheck.check.CheckResult;
import cn.stampcheck.check.Finding;
import cn.stampcheck.report.TableFinder;
import com.sun.star.beans.PropertyState;
import com.sun.star.beans.XPropertyState;
import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XNamed;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.sheet.XSheetAnnotation;
import com.sun.star.sheet.XSheetAnnotations;
import com.sun.star.sheet.XSheetAnnotationsSupplier;
import com.sun.star.sheet.XSheetCellRangeContainer;
import com.sun.star.sheet.XSheetOperation;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.table.CellAddress;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.task.XStatusIndicator;
import com.sun.star.text.XSimpleText;
import com.sun.star.util.XProtectable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Puts the marks of a check on the document and takes them off again. Everything is worked out first
 * ({@link #planCheck}, {@link #planClear}: which comment text and which fill each cell gets, and the
 * original fills to remember), then applied in one undo context with the controllers locked
 * ({@link #apply}). Should anything fail half-way, the undo context is undone.
 *
 * <p>A check inserts the 核查结果 sheet inside its undo context, so that one Ctrl+Z takes the marks and the
 * sheet listing them away together (7.4 otherwise keeps an "Append sheet" step below, and the sheet lists
 * marks that are gone). Clearing removes the sheet after its context. The rows of the marked cells keep
 * their height ({@link FormGuard}).
 */
final class Marker {

    static final String RESULT = TableFinder.RESULT_SHEET;

    /** A cell of the document. */
    record At(short sheet, int col, int row) implements Comparable<At> {
        @Override
        public int compareTo(At o) {
            int c = Short.compare(sheet, o.sheet);
            c = c != 0 ? c : Integer.compare(row, o.row);
            return c != 0 ? c : Integer.compare(col, o.col);
        }

        CellAddress address() {
            return new CellAddress(sheet, col, row);
        }
    }

    /** What to do: comment texts (empty = delete the comment), fills, and the fills to remember. */
    static final class Plan {
        final Map<At, Optional<String>> comments = new TreeMap<>();
        final Map<At, Fill> fills = new TreeMap<>();
        MarkState state = new MarkState();
        final List<String> touchedSheets = new ArrayList<>();

        boolean isEmpty() {
            return comments.isEmpty() && fills.isEmpty();
        }
    }

    private final XSpreadsheetDocument doc;
    private final List<String> sheetNames = new ArrayList<>();
    private final List<XSpreadsheet> sheets = new ArrayList<>();
    /** Every comment of every sheet but the result sheet. */
    private final Map<At, String> comments = new TreeMap<>();

    Marker(XSpreadsheetDocument doc) throws com.sun.star.uno.Exception {
        this.doc = doc;
        XIndexAccess all = qi(XIndexAccess.class, doc.getSheets());
        for (short i = 0; i < all.getCount(); i++) {
            XSpreadsheet sheet = qi(XSpreadsheet.class, all.getByIndex(i));
            String name = qi(XNamed.class, sheet).getName();
            sheets.add(sheet);
            sheetNames.add(name);
            if (name.equals(RESULT)) {
                continue;
            }
            XSheetAnnotations annotations = qi(XSheetAnnotationsSupplier.class, sheet).getAnnotations();
            XIndexAccess list = qi(XIndexAccess.class, annotations);
            for (int a = 0; a < list.getCount(); a++) {
                XSheetAnnotation note = qi(XSheetAnnotation.class, list.getByIndex(a));
                CellAddress p = note.getPosition();
                comments.put(new At(i, p.Column, p.Row), qi(XSimpleText.class, note).getString());
            }
        }
    }

    /** Every comment of the checked sheets, by cell. */
    Map<At, String> comments() {
        return comments;
    }

    /** Writing these comment texts (empty = delete the comment), nothing else. */
    Plan planComments(Map<At, Optional<String>> texts) {
        Plan plan = new Plan();
        plan.comments.putAll(texts);
        texts.keySet().forEach(at -> touch(plan, at.sheet()));
        return plan;
    }

    /** The cells that carry our marks now, in reading order per sheet. */
    List<At> marked() {
        return comments.entrySet().stream().filter(e -> MarkText.isOurs(e.getValue())).map(Map.Entry::getKey).toList();
    }

    boolean hasResultSheet() {
        return sheetNames.contains(RESULT);
    }

    short sheetIndex(String name) {
        return (short) sheetNames.indexOf(name);
    }

    String sheetName(short index) {
        return sheetNames.get(index);
    }

    XSpreadsheet sheet(short index) {
        return sheets.get(index);
    }

    /** Removing every mark: our lines out of the comments, our fills back to what they were. */
    Plan planClear(MarkState remembered) throws com.sun.star.uno.Exception {
        Plan plan = new Plan();
        for (At at : marked()) {
            plan.comments.put(at, MarkText.strip(comments.get(at)));
            Fill current = fill(at);
            if (isOurFill(current)) {
                plan.fills.put(at, remembered.fills().getOrDefault(key(at), Fill.DEFAULT));
            }
            touch(plan, at.sheet());
        }
        return plan;
    }

    /** Replacing the marks of an earlier check (if any) by the marks of this result. */
    Plan planCheck(CheckResult result, MarkState remembered) throws com.sun.star.uno.Exception {
        Plan plan = planClear(remembered);
        short sheet = sheetIndex(result.sheet());
        if (sheet < 0) {
            throw new IllegalStateException("checked sheet not found: " + result.sheet());
        }
        Map<At, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            byCell.computeIfAbsent(new At(sheet, f.cell().col(), f.cell().row()), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<At, List<Finding>> e : byCell.entrySet()) {
            At at = e.getKey();
            String existing = comments.get(at);
            String own = existing == null ? null
                    : MarkText.isOurs(existing) ? MarkText.strip(existing).orElse(null) : existing;
            Fill original = plan.fills.containsKey(at) ? plan.fills.get(at) : fill(at);
            List<String> lines = e.getValue().stream().map(MarkText::line).toList();
            plan.comments.put(at, Optional.of(MarkText.compose(own, lines)));
            plan.fills.put(at, Fill.of(MarkText.fill(e.getValue())));
            plan.state.fills().put(key(at), original);
        }
        touch(plan, sheet);
        return plan;
    }

    /** Why the plan cannot be applied (a protected sheet or workbook), or null. */
    String refusal(Plan plan, boolean needsResultSheetChange) {
        for (String name : plan.touchedSheets) {
            if (isProtected(sheets.get(sheetNames.indexOf(name)))) {
                return "工作表“" + name + "”受保护，无法添加或清除核查标记。请先撤销工作表保护（工具 ▸ 保护工作表）。";
            }
        }
        if (hasResultSheet() && isProtected(sheets.get(sheetNames.indexOf(RESULT)))) {
            return "工作表“" + RESULT + "”受保护，无法更新核查结果。请先撤销工作表保护。";
        }
        if (needsResultSheetChange && isProtected(doc)) {
            return "工作簿结构受保护，无法添加或删除“" + RESULT + "”工作表。请先撤销工作簿保护（工具 ▸ 保护电子表格结构）。";
        }
        return null;
    }

    private static boolean isProtected(Object o) {
        XProtectable p = qi(XProtectable.class, o);
        return p != null && p.isProtected();
    }

    /**
     * Applies a plan as one undo step with the controllers locked; writes the result sheet's rows inside
     * the same step when given. On failure the step is undone and the exception rethrown.
     */
    void apply(Plan plan, String undoTitle, ResultSheet resultSheet, XStatusIndicator progress)
            throws com.sun.star.uno.Exception {
        XModel model = qi(XModel.class, doc);
        XUndoManager undo = qi(XUndoManagerSupplier.class, doc).getUndoManager();
        dirty = false;
        com.sun.star.document.XActionLockable lock = qi(com.sun.star.document.XActionLockable.class, doc);
        model.lockControllers();
        if (lock != null) {
            lock.addActionLock();
        }
        try {
            undo.enterUndoContext(undoTitle);
            try {
                try (FormGuard form = FormGuard.hold(doc)) {
                    pinRows(plan, form);
                    write(plan, progress);
                }
                // the result sheet is ours: its wrapped rows are fitted as usual
                if (resultSheet != null) {
                    resultSheet.write(doc, sheets.get(sheetNames.indexOf(RESULT)));
                    dirty = true;
                }
            } catch (RuntimeException | com.sun.star.uno.Exception e) {
                undo.leaveUndoContext();
                if (dirty) {
                    undo.undo();
                    Log.info("rolled back a half-done '" + undoTitle + "'");
                }
                throw e;
            }
            undo.leaveUndoContext();
        } finally {
            if (lock != null) {
                lock.removeActionLock();
            }
            model.unlockControllers();
        }
    }

    /** Set as soon as anything was written, so that a failure knows whether there is a step to undo. */
    private boolean dirty;

    /** Pins, per sheet, the rows from the first to the last cell the plan changes (see {@link FormGuard}). */
    private void pinRows(Plan plan, FormGuard form) throws com.sun.star.uno.Exception {
        Map<Short, int[]> spans = new TreeMap<>();
        java.util.stream.Stream.concat(plan.comments.keySet().stream(), plan.fills.keySet().stream()).forEach(at -> {
            int[] span = spans.computeIfAbsent(at.sheet(), k -> new int[] {at.row(), at.row()});
            span[0] = Math.min(span[0], at.row());
            span[1] = Math.max(span[1], at.row());
        });
        for (Map.Entry<Short, int[]> s : spans.entrySet()) {
            form.pin(sheets.get(s.getKey()), s.getValue()[0], s.getValue()[1]);
            dirty = true;
        }
    }

    private void write(Plan plan, XStatusIndicator progress)
            throws com.sun.star.uno.Exception {
        int total = plan.comments.size() + 2;
        int done = 0;
        long t0 = System.nanoTime();
        // 1. comments that go away entirely, one clearContents per sheet
        Map<Short, List<At>> deletions = new TreeMap<>();
        plan.comments.forEach((at, text) -> {
            if (text.isEmpty()) {
                deletions.computeIfAbsent(at.sheet(), k -> new ArrayList<>()).add(at);
            }
        });
        for (Map.Entry<Short, List<At>> d : deletions.entrySet()) {
            qi(XSheetOperation.class, ranges(d.getValue())).clearContents(com.sun.star.sheet.CellFlags.ANNOTATION);
            dirty = true;
        }
        long t1 = System.nanoTime();
        // 2. comments set or replaced (insertNew replaces an existing comment, as one undoable action)
        for (Map.Entry<At, Optional<String>> c : plan.comments.entrySet()) {
            if (c.getValue().isPresent()) {
                At at = c.getKey();
                qi(XSheetAnnotationsSupplier.class, sheets.get(at.sheet())).getAnnotations()
                        .insertNew(at.address(), c.getValue().get());
                dirty = true;
            }
            if (progress != null && ++done % 50 == 0) {
                progress.setValue(50 + 45 * done / total);
            }
        }
        long t2 = System.nanoTime();
        // 3. fills, one call per sheet and colour
        Map<Short, Map<Fill, List<At>>> byFill = new TreeMap<>();
        plan.fills.forEach((at, fill) -> byFill.computeIfAbsent(at.sheet(), k -> new LinkedHashMap<>())
                .computeIfAbsent(fill, k -> new ArrayList<>()).add(at));
        for (Map<Fill, List<At>> perSheet : byFill.values()) {
            for (Map.Entry<Fill, List<At>> f : perSheet.entrySet()) {
                // cell by cell: one call over hundreds of scattered cells is slower (its undo copies the
                // attributes of the whole enclosing area)
                for (At at : f.getValue()) {
                    Object cell = sheets.get(at.sheet()).getCellByPosition(at.col(), at.row());
                    if (f.getKey().isDefault()) {
                        qi(XPropertyState.class, cell).setPropertyToDefault("CellBackColor");
                    } else {
                        Uno.set(cell, "CellBackColor", f.getKey().color());
                    }
                    dirty = true;
                }
            }
        }
        long t3 = System.nanoTime();
        Log.info("marking timings: delete comments " + (t1 - t0) / 1_000_000 + " ms, set comments " + (t2 - t1) / 1_000_000
                + " ms, fills " + (t3 - t2) / 1_000_000 + " ms");
    }

    /** A SheetCellRanges object over single cells of one sheet. */
    private Object ranges(List<At> cells) throws com.sun.star.uno.Exception {
        Object ranges = qi(XMultiServiceFactory.class, doc).createInstance("com.sun.star.sheet.SheetCellRanges");
        CellRangeAddress[] addresses = cells.stream()
                .map(a -> new CellRangeAddress(a.sheet(), a.col(), a.row(), a.col(), a.row()))
                .toArray(CellRangeAddress[]::new);
        qi(XSheetCellRangeContainer.class, ranges).addRangeAddresses(addresses, false);
        return ranges;
    }

    /** Inserts the result sheet at the end; true when it was not there. */
    boolean insertResultSheet() throws com.sun.star.uno.Exception {
        if (hasResultSheet()) {
            return false;
        }
        doc.getSheets().insertNewByName(RESULT, (short) sheetNames.size());
        XSpreadsheet sheet = qi(XSpreadsheet.class, doc.getSheets().getByName(RESULT));
        sheets.add(sheet);
        sheetNames.add(RESULT);
        return true;
    }

    void removeResultSheet() throws com.sun.star.uno.Exception {
        if (doc.getSheets().hasByName(RESULT)) {
            doc.getSheets().removeByName(RESULT);
        }
        int i = sheetNames.indexOf(RESULT);
        if (i >= 0) {
            sheetNames.remove(i);
            sheets.remove(i);
        }
    }

    private Fill fill(At at) throws com.sun.star.uno.Exception {
        Object cell = sheets.get(at.sheet()).getCellByPosition(at.col(), at.row());
        if (qi(XPropertyState.class, cell).getPropertyState("CellBackColor") != PropertyState.DIRECT_VALUE) {
            return Fill.DEFAULT;
        }
        return Fill.of(Uno.toInt(Uno.get(cell, "CellBackColor"), -1));
    }

    private static boolean isOurFill(Fill f) {
        return !f.isDefault() && MarkText.isMarkFill(f.color());
    }

    private MarkState.Key key(At at) {
        return new MarkState.Key(sheetNames.get(at.sheet()), at.col(), at.row());
    }

    private void touch(Plan plan, short sheet) {
        String name = sheetNames.get(sheet);
        if (!plan.touchedSheets.contains(name)) {
            plan.touchedSheets.add(name);
        }
    }
}
