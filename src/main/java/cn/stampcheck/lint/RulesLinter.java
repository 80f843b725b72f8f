package cn.stampcheck.lint;

import cn.stampcheck.draft.MeasureUnits;
import cn.stampcheck.extract.Numerals;
import cn.stampcheck.report.Text;
import cn.stampcheck.rules.CheckRules;
import cn.stampcheck.report.Workbook;
import cn.stampcheck.rules.Notice;
import cn.stampcheck.rules.NoticeDeclarations;
import cn.stampcheck.rules.NoticeFacts;
import cn.stampcheck.rules.NoticeTable;
import cn.stampcheck.rules.TableReader;
import cn.stampcheck.rules.NoticeLoader;
import cn.stampcheck.rules.NotDeclarationsException;
import cn.stampcheck.rules.RulesException;
import cn.stampcheck.rules.RulesSource;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks rules files before a quarter's reports arrive ({@code rules lint}, 核查 ▸ 检查规则文件): DRL that
 * does not compile (through the same loader a check uses), a unit the figure reader does not know, an item
 * without a name or units, an item number used twice, a target written twice, a deadline outside the
 * file's year, keywords that never occur in the notice sentence the item's rule quotes in its comments.
 *
 * <pre>
 * RulesLinter.Result r = RulesLinter.lint(List.of(Path.of("rules")));
 * r.findings().forEach(System.out::println);   // rules/2024/linzi.drl:12: …
 * </pre>
 */
public final class RulesLinter {

    /** What a lint run found: the findings, and the files that could not be read at all. */
    public record Result(int files, List<LintFinding> findings, List<String> unreadable) {

        /** Something could not be read, or a .drl says more than declarations: refused, not merely flagged. */
        public boolean refused() {
            return !unreadable.isEmpty() || findings.stream().anyMatch(f -> f.code().equals(NOT_DECLARATIONS));
        }
    }

    /** A notice .drl that is more than declarations: refused whole, like a file that cannot be read. */
    public static final String NOT_DECLARATIONS = "NOT_DECLARATIONS";

    private static final Pattern RULES_FILE = Pattern.compile("(?i).+\\.(xlsx|ods|drl)$");
    private static final Pattern LINE = Pattern.compile("^(.*?):(\\d+):\\s*(.*)$", Pattern.DOTALL);

    private RulesLinter() {
    }

    /**
     * Lints the given files and every rules file (.xlsx, .ods, .drl) under the given folders, except drafts
     * and backups (草稿/, 备份/), which no check reads; two files for one place in one year folder are a
     * finding, since a check could not choose between them.
     *
     * @param tables opens .xlsx/.ods tables (the lint knows no file format)
     */
    public static Result lint(List<Path> paths, TableReader tables) {
        List<LintFinding> findings = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Map<String, String> places = new HashMap<>();
        int files = 0;
        for (Path p : paths) {
            List<Path> found = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> RULES_FILE.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f))
                            .filter(f -> !p.relativize(f).toString().replace('\\', '/').matches("(.*/)?(草稿|备份)/.*"))
                            .sorted().forEach(found::add);
                } catch (IOException e) {
                    unreadable.add(p + ": 无法读取文件夹：" + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                found.add(p);
            } else {
                unreadable.add(p + ": 文件不存在");
            }
            for (Path f : found) {
                files++;
                String name = shown(f);
                Notice notice;
                if (!f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".drl")) {
                    Workbook workbook;
                    try {
                        workbook = tables.read(f);
                    } catch (IOException | RuntimeException e) {
                        unreadable.add(name + ": 无法打开这个表格（文件已损坏或不是 .xlsx/.ods）");
                        continue;
                    }
                    findings.addAll(TableLinter.lint(name, workbook, yearOfFolder(f)));
                    notice = noticeOf(() -> NoticeTable.read(workbook, name));
                } else {
                    String text;
                    try {
                        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f))).toString();
                    } catch (CharacterCodingException e) {
                        unreadable.add(name + ": 不是 UTF-8 编码的文本（可能是 GBK），请用“另存为”选 UTF-8 保存");
                        continue;
                    } catch (IOException e) {
                        unreadable.add(name + ": 无法读取：" + e.getMessage());
                        continue;
                    }
                    findings.addAll(lint(name, text, yearOfFolder(f)));
                    notice = noticeOf(() -> NoticeDeclarations.read(new RulesSource(name, text)));
                }
                if (notice != null && f.toAbsolutePath().getParent() != null) {
                    String other = places.putIfAbsent(f.toAbsolutePath().getParent() + "|" + notice.place(), name);
                    if (other != null) {
                        findings.add(new LintFinding(name, 0, "TWO_FILES", "与 " + other + " 是同一地区（" + notice.place()
                                + "）同一年的规则文件，核查时无法选择；请删去或改名其中一个（在 Calc 中：核查 ▸ 打开规则文件夹）"));
                    }
                }
            }
        }
        return new Result(files, findings, unreadable);
    }

    /** What a file declares to read its notice from. */
    private interface Declarations {
        NoticeFacts read() throws RulesException;
    }

    /** The notice a file declares, or null when it declares none or cannot be read (reported elsewhere). */
    private static Notice noticeOf(Declarations file) {
        try {
            List<NoticeFacts.Declared<Notice>> notices = file.read().notices();
            return notices.size() == 1 ? notices.get(0).value() : null;
        } catch (RulesException e) {
            return null;
        }
    }

    /**
     * Lints one rules file's text.
     *
     * @param name       the name messages show, e.g. rules/2024/linzi.drl
     * @param folderYear the year of the folder the file sits in (rules/2024/), or 0
     */
    public static List<LintFinding> lint(String name, String text, int folderYear) {
        List<LintFinding> out = new ArrayList<>();
        if (name.replace('\\', '/').matches("(.*/)?common/[^/]*")) {
            compileShared(name, text, out);
            return out;
        }
        try {
            NoticeDeclarations.read(new RulesSource(name, text));
        } catch (NotDeclarationsException e) {
            out.add(finding(name, e.getMessage()));
            out.set(0, new LintFinding(name, out.get(0).line(), NOT_DECLARATIONS, out.get(0).message()));
            return out;
        }
        List<DrlStatements.Statement> statements = DrlStatements.read(text);
        List<DrlStatements.Statement> notices = statements.stream().filter(s -> s.kind().equals("Notice")).toList();
        int year = 0;
        if (notices.size() != 1) {
            out.add(new LintFinding(name, notices.isEmpty() ? 0 : notices.get(1).line(), "NOTICE",
                    "规则文件应有且只有一条 insert(new Notice(年份, \"地区\"))，现有 " + notices.size() + " 条"));
        }
        if (!notices.isEmpty()) {
            List<String> args = notices.get(0).calls().get(0).args();
            year = args.isEmpty() ? 0 : parseInt(args.get(0));
            if (year < 2000 || year > 2100) {
                out.add(new LintFinding(name, notices.get(0).line(), "NOTICE", "年份“" + (args.isEmpty() ? "" : args.get(0))
                        + "”不对，应写成 new Notice(2025, \"临淄区\")"));
            } else if (folderYear != 0 && folderYear != year) {
                out.add(new LintFinding(name, notices.get(0).line(), "NOTICE",
                        "文件在 " + folderYear + " 年的文件夹里，却写的是 " + year + " 年的通知"));
            }
            if (args.size() < 2 || args.get(1).isBlank()) {
                out.add(new LintFinding(name, notices.get(0).line(), "NOTICE", "没有写地区，应写成 new Notice(年份, \"临淄区\")"));
            }
        }
        boolean structural = items(name, statements, year, out);
        targets(name, statements, year, out);
        compileNotice(name, text, structural, out);
        out.sort(java.util.Comparator.comparingInt(LintFinding::line));
        return out;
    }

    /** Item checks; true when a finding the loader would also stop at was reported (duplicate, no units). */
    private static boolean items(String name, List<DrlStatements.Statement> statements, int year, List<LintFinding> out) {
        boolean structural = false;
        Map<Integer, Integer> seen = new HashMap<>();
        for (DrlStatements.Statement s : statements) {
            if (!s.kind().equals("Item")) {
                continue;
            }
            List<String> of = s.calls().get(0).args();
            int number = of.isEmpty() ? -1 : parseInt(of.get(0));
            String label = number > 0 ? "第" + number + "项" : "此项";
            if (number <= 0) {
                out.add(new LintFinding(name, s.line(), "ITEM_NUMBER", "Item.of(…) 的第一个参数应是项目序号 1、2、3…"));
            } else if (seen.containsKey(number)) {
                out.add(new LintFinding(name, s.line(), "DUPLICATE_ITEM",
                        label + "重复定义（第 " + seen.get(number) + " 行已有第" + number + "项）"));
                structural = true;
            } else {
                seen.put(number, s.line());
            }
            if (of.size() < 2 || of.get(1).isBlank()) {
                out.add(new LintFinding(name, s.line(), "ITEM_NO_NAME", label + "没有名称，应写成 Item.of(" + Math.max(number, 1)
                        + ", \"实事名称\")"));
            }
            DrlStatements.Call units = s.first("units");
            if (units == null || units.args().stream().allMatch(String::isBlank)) {
                out.add(new LintFinding(name, s.line(), "ITEM_NO_UNITS", label + "没有写责任单位 .units(\"区妇联\", …)"));
                structural = true;
            }
            deadline(name, s, label, year, out);
        }
        return structural;
    }

    private static void targets(String name, List<DrlStatements.Statement> statements, int year, List<LintFinding> out) {
        Set<Integer> items = new HashSet<>();
        for (DrlStatements.Statement s : statements) {
            if (s.kind().equals("Item") && !s.calls().get(0).args().isEmpty()) {
                items.add(parseInt(s.calls().get(0).args().get(0)));
            }
        }
        Map<String, Integer> byLabel = new HashMap<>();
        Map<String, Integer> byGoal = new HashMap<>();
        for (DrlStatements.Statement s : statements) {
            if (!s.kind().equals("Target")) {
                continue;
            }
            List<String> of = s.calls().get(0).args();
            int item = of.isEmpty() ? -1 : parseInt(of.get(0));
            String label = of.size() > 1 ? of.get(1) : "";
            String what = "第" + item + "项目标“" + label + "”";
            if (!items.contains(item)) {
                out.add(new LintFinding(name, s.line(), "TARGET_ITEM", what + "所属的第" + item + "项没有定义"));
            }
            DrlStatements.Call goal = s.has("atLeast") ? s.first("atLeast") : s.first("atMost");
            String unit = null;
            String threshold = "";
            if (goal == null || goal.args().size() < 2) {
                out.add(new LintFinding(name, s.line(), "TARGET_NO_GOAL", what + "缺少 .atLeast(数量, \"单位\") 或 .atMost(…)"));
            } else {
                unit = goal.args().get(1);
                threshold = Numerals.parse(goal.args().get(0)).map(b -> b.stripTrailingZeros().toPlainString())
                        .orElse(goal.args().get(0));
                if (!MeasureUnits.known(unit)) {
                    out.add(new LintFinding(name, s.line(), "UNKNOWN_UNIT", what + "的单位“" + unit
                            + "”不是程序认识的计量单位（如 场、名、所、个、%），请检查是否写错"));
                }
            }
            DrlStatements.Call aliases = s.first("aliases");
            if (aliases != null) {
                for (String a : aliases.args()) {
                    if (!MeasureUnits.known(a)) {
                        out.add(new LintFinding(name, s.line(), "UNKNOWN_UNIT", what + "的单位别名“" + a
                                + "”不是程序认识的计量单位，请检查是否写错"));
                    }
                }
            }
            deadline(name, s, what, year, out);
            List<String> keywords = s.has("keywords") ? s.first("keywords").args() : List.of(label);
            String key = item + "|" + label;
            if (byLabel.containsKey(key)) {
                out.add(new LintFinding(name, s.line(), "DUPLICATE_TARGET",
                        what + "重复（第 " + byLabel.get(key) + " 行已有同名目标）"));
            } else {
                byLabel.put(key, s.line());
                String goalKey = item + "|" + (goal == null ? "" : goal.name()) + "|" + threshold + "|" + unit + "|"
                        + new TreeSet<>(keywords);
                if (byGoal.containsKey(goalKey)) {
                    out.add(new LintFinding(name, s.line(), "DUPLICATE_TARGET",
                            what + "与第 " + byGoal.get(goalKey) + " 行的目标数量、单位和关键词都相同"));
                } else {
                    byGoal.put(goalKey, s.line());
                }
            }
            String sentence = s.rule() == null ? "" : Text.bare(s.rule().comments());
            if (!sentence.isEmpty()) {
                for (String k : keywords) {
                    String bare = Text.bare(k);
                    if (!bare.isEmpty() && !sentence.contains(bare)) {
                        out.add(new LintFinding(name, s.line(), "KEYWORD_NOT_IN_SENTENCE", what + "的关键词“" + k
                                + "”不在本项注释所引的通知原文中；如确是进度情况里的说法，请在注释中写明（如 // 关键词：" + k + "）"));
                    }
                }
            }
        }
    }

    private static void deadline(String name, DrlStatements.Statement s, String what, int year, List<LintFinding> out) {
        DrlStatements.Call deadline = s.first("deadline");
        if (deadline == null || deadline.args().isEmpty()) {
            return;
        }
        try {
            LocalDate d = LocalDate.parse(deadline.args().get(0).strip());
            if (year != 0 && d.getYear() != year) {
                out.add(new LintFinding(name, s.line(), "DEADLINE_OUTSIDE_YEAR",
                        what + "的完成时限 " + d + " 不在通知的 " + year + " 年内"));
            }
        } catch (DateTimeParseException e) {
            out.add(new LintFinding(name, s.line(), "BAD_DATE",
                    what + "的完成时限“" + deadline.args().get(0) + "”应写成 " + (year == 0 ? 2024 : year) + "-06-30 的形式"));
        }
    }

    private static void compileNotice(String name, String text, boolean structural, List<LintFinding> out) {
        try {
            NoticeLoader.load(new RulesSource(name, text));
        } catch (RulesException e) {
            for (String part : parts(name, e.getMessage())) {
                if (structural && (part.contains("重复定义") || part.contains("没有写责任单位"))) {
                    continue;
                }
                if (part.contains("缺少 .atLeast") || part.contains("没有定义")) {
                    continue; // reported above with its line
                }
                out.add(finding(name, part));
            }
        }
    }

    private static void compileShared(String name, String text, List<LintFinding> out) {
        try {
            CheckRules.compile(List.of(new RulesSource(name, text)));
        } catch (RulesException e) {
            for (String part : parts(name, e.getMessage())) {
                out.add(finding(name, part));
            }
        }
    }

    /** The loader's "a:3: x; a:9: y" message cut into one part per problem. */
    private static List<String> parts(String name, String message) {
        if (message == null) {
            return List.of("规则文件无法编译");
        }
        return List.of(message.split(";\\s+(?=" + Pattern.quote(name) + ")"));
    }

    private static LintFinding finding(String name, String part) {
        Matcher m = LINE.matcher(part);
        if (m.matches() && m.group(1).equals(name)) {
            return new LintFinding(name, Integer.parseInt(m.group(2)), "DRL_ERROR", m.group(3).strip());
        }
        String reason = part.startsWith(name + ": ") ? part.substring(name.length() + 2) : part;
        return new LintFinding(name, 0, "DRL_ERROR", reason.strip());
    }

    private static int yearOfFolder(Path f) {
        Path parent = f.toAbsolutePath().getParent();
        String dir = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        return dir.matches("\\d{4}") ? Integer.parseInt(dir) : 0;
    }

    private static String shown(Path f) {
        return f.toString().replace('\\', '/');
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
