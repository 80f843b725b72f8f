package cn.stampcheck.calc;

import static cn.stampcheck.calc.Uno.qi;

import cn.stampcheck.check.Explanation;
import cn.stampcheck.marks.MarkText;
import com.sun.star.frame.XModel;
import com.sun.star.sheet.XCellRangeAddressable;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.table.CellRangeAddress;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 核查 ▸ 说明此处… ({@code stampcheck:explain}) and 核查 ▸ 清除说明 ({@code stampcheck:clearExplanations}):
 * the clerk's 【说明】 line written into, or taken out of, a cell's comment as one undo step. Only the
 * comment changes; the cell's findings become accepted at the next check, which reads the line back.
 * {@code Cell} ("Sheet1.D7" or "D7"; default the selected cell) and {@code Text} (the explanation; asked
 * for when missing and interactive) are the dispatch arguments; clearing takes an optional {@code Cell}.
 */
final class Explain {

    private static final Pattern ADDRESS = Pattern.compile("(?:\\$?'?(.+?)'?\\.)?\\$?([A-Za-z]{1,3})\\$?(\\d+)");

    private final XModel model;
    private final Ui ui;
    private final Map<String, Object> args;

    Explain(XModel model, Ui ui, Map<String, Object> args) {
        this.model = model;
        this.ui = ui;
        this.args = args;
    }

    Commands.Outcome explain() throws com.sun.star.uno.Exception {
        String refused = Commands.refusalToChange(model, "记下说明");
        if (refused != null) {
            return Commands.Outcome.refused(refused);
        }
        XSpreadsheetDocument doc = qi(XSpreadsheetDocument.class, model);
        Marker marker = new Marker(doc);
        Marker.At at = cell(marker);
        if (at == null) {
            return Commands.Outcome.refused("未记下说明：请先选中要说明的单元格（或给出 Cell，如 Sheet1.D7）。");
        }
        String where = marker.sheetName(at.sheet()) + "." + address(at);
        String text = Commands.string(args.get("Text"));
        if ((text == null || text.isBlank()) && ui.interactive()) {
            text = ui.askExplanation(where);
            if (text == null) {
                return Commands.Outcome.quiet("已取消说明。");
            }
        }
        if (text == null || text.isBlank()) {
            return Commands.Outcome.refused("未记下说明：说明不能为空。");
        }
        Explanation e = new Explanation(text, LocalDate.now());
        String existing = marker.comments().get(at);
        String updated = MarkText.isOurs(existing)
                ? MarkText.compose(Explanation.add(MarkText.strip(existing).orElse(null), e), ourLines(existing))
                : Explanation.add(existing, e);
        Marker.Plan plan = marker.planComments(Map.of(at, Optional.of(updated)));
        String protectedSheet = marker.refusal(plan, false);
        if (protectedSheet != null) {
            return Commands.Outcome.refused("未记下说明：" + protectedSheet);
        }
        marker.apply(plan, "说明", null, null);
        return Commands.Outcome.quiet("已在 " + where + " 记下说明；重新核查后此处的问题记为“已说明”。");
    }

    Commands.Outcome clearAll() throws com.sun.star.uno.Exception {
        String refused = Commands.refusalToChange(model, "清除说明");
        if (refused != null) {
            return Commands.Outcome.refused(refused);
        }
        XSpreadsheetDocument doc = qi(XSpreadsheetDocument.class, model);
        Marker marker = new Marker(doc);
        Marker.At only = Commands.string(args.get("Cell")) == null ? null : cell(marker);
        Map<Marker.At, Optional<String>> changes = new TreeMap<>();
        marker.comments().forEach((at, text) -> {
            if ((only == null || only.equals(at)) && Explanation.present(text)) {
                changes.put(at, MarkText.isOurs(text)
                        ? Optional.of(MarkText.compose(Explanation.remove(MarkText.strip(text).orElse(null)).orElse(null),
                                ourLines(text)))
                        : Explanation.remove(text));
            }
        });
        if (changes.isEmpty()) {
            return Commands.Outcome.quiet("没有说明需要清除。");
        }
        Marker.Plan plan = marker.planComments(changes);
        String protectedSheet = marker.refusal(plan, false);
        if (protectedSheet != null) {
            return Commands.Outcome.refused("未清除说明：" + protectedSheet);
        }
        marker.apply(plan, "清除说明", null, null);
        return Commands.Outcome.quiet("已清除 " + changes.size() + " 处说明；重新核查后这些问题重新计入。");
    }

    /** The cell named by the {@code Cell} argument, else the selected one; null when neither names a cell. */
    private Marker.At cell(Marker marker) {
        String given = Commands.string(args.get("Cell"));
        if (given != null && !given.isBlank()) {
            Matcher m = ADDRESS.matcher(given.strip());
            if (!m.matches()) {
                return null;
            }
            short sheet = m.group(1) == null ? selectedSheet() : marker.sheetIndex(m.group(1));
            int col = 0;
            for (char c : m.group(2).toUpperCase().toCharArray()) {
                col = col * 26 + (c - 'A' + 1);
            }
            return sheet < 0 ? null : new Marker.At(sheet, col - 1, Integer.parseInt(m.group(3)) - 1);
        }
        CellRangeAddress a = selection();
        return a == null ? null : new Marker.At(a.Sheet, a.StartColumn, a.StartRow);
    }

    private short selectedSheet() {
        CellRangeAddress a = selection();
        return a == null ? 0 : a.Sheet;
    }

    private CellRangeAddress selection() {
        if (model.getCurrentController() == null) {
            return null;
        }
        XCellRangeAddressable range = qi(XCellRangeAddressable.class,
                qi(com.sun.star.view.XSelectionSupplier.class, model.getCurrentController()).getSelection());
        return range == null ? null : range.getRangeAddress();
    }

    private static String address(Marker.At at) {
        return cn.stampcheck.report.Cell.address(at.row(), at.col());
    }

    private static java.util.List<String> ourLines(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> l.startsWith(MarkText.PREFIX)).toList();
    }
}
