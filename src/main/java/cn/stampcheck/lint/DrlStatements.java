package cn.stampcheck.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light reading of a notice rules file's text, enough to lint it with line numbers: its rules (name,
 * lines, comments) and the {@code insert(…)} statements in them as chains of calls with literal arguments,
 * e.g. {@code Target.of(3, "戏曲进校园").keywords("戏曲").atLeast(20, "场")} → of(3, 戏曲进校园),
 * keywords(戏曲), atLeast(20, 场). Commented-out statements are skipped.
 */
final class DrlStatements {

    /** One call in a chain; arguments are the unescaped string literals or the raw text of other arguments. */
    record Call(String name, List<String> args) {
    }

    /** One insert(…) statement. kind is Notice, Item, Target or other. */
    record Statement(String kind, int line, List<Call> calls, Rule rule) {

        Call first(String name) {
            return calls.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }

        boolean has(String name) {
            return first(name) != null;
        }
    }

    /** One rule: its name, first line and the comments inside it and directly above it. */
    record Rule(String name, int line, String comments) {
    }

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");

    private DrlStatements() {
    }

    static List<Statement> read(String text) {
        String[] lines = text.split("\\R", -1);
        List<Statement> out = new ArrayList<>();
        StringBuilder above = new StringBuilder();
        Rule rule = null;
        StringBuilder ruleComments = null;
        List<Statement> inRule = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int codeLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (stripped.startsWith("//")) {
                (ruleComments != null ? ruleComments : above).append(stripped.substring(2)).append('\n');
                continue;
            }
            int comment = commentStart(line);
            if (comment >= 0) {
                (ruleComments != null ? ruleComments : above).append(line.substring(comment + 2)).append('\n');
                line = line.substring(0, comment);
            }
            Matcher r = RULE.matcher(line);
            if (r.find()) {
                rule = new Rule(r.group(1), i + 1, "");
                ruleComments = new StringBuilder(above);
                above.setLength(0);
                inRule.clear();
                continue;
            }
            if (stripped.isEmpty()) {
                if (ruleComments == null) {
                    above.setLength(0);
                }
                continue;
            }
            if (END.matcher(line).matches() && rule != null) {
                Rule done = new Rule(rule.name(), rule.line(), ruleComments.toString());
                for (Statement s : inRule) {
                    out.add(new Statement(s.kind(), s.line(), s.calls(), done));
                }
                rule = null;
                ruleComments = null;
                inRule.clear();
                continue;
            }
            if (code.length() == 0) {
                codeLine = i + 1;
            }
            code.append(line).append('\n');
            String pending = code.toString();
            if (balanced(pending) && pending.strip().endsWith(";")) {
                Statement s = statement(pending, codeLine);
                if (s != null) {
                    if (rule != null) {
                        inRule.add(s);
                    } else {
                        out.add(s);
                    }
                }
                code.setLength(0);
            } else if (!pending.contains("insert")) {
                code.setLength(0);
            }
        }
        return out;
    }

    private static Statement statement(String text, int line) {
        int at = text.indexOf("insert");
        if (at < 0) {
            return null;
        }
        String body = text.substring(at + "insert".length()).strip();
        if (!body.startsWith("(")) {
            return null;
        }
        body = body.substring(1, matching(body, 0)).strip();
        String kind = "other";
        List<Call> calls = new ArrayList<>();
        Matcher m = Pattern.compile("^new\\s+Notice\\s*\\(").matcher(body);
        if (m.find()) {
            kind = "Notice";
            int close = matching(body, m.end() - 1);
            calls.add(new Call("Notice", args(body.substring(m.end(), close))));
            return new Statement(kind, line, calls, null);
        }
        m = Pattern.compile("^(Item|Target)\\s*\\.\\s*of\\s*\\(").matcher(body);
        if (!m.find()) {
            return new Statement(kind, line, calls, null);
        }
        kind = m.group(1);
        int pos = m.end() - 1;
        String name = "of";
        while (true) {
            int close = matching(body, pos);
            if (close < 0) {
                break;
            }
            calls.add(new Call(name, args(body.substring(pos + 1, close))));
            Matcher next = Pattern.compile("^\\s*\\.\\s*(\\w+)\\s*\\(").matcher(body.substring(close + 1));
            if (!next.find()) {
                break;
            }
            name = next.group(1);
            pos = close + 1 + next.end() - 1;
        }
        return new Statement(kind, line, calls, null);
    }

    private static List<String> args(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder arg = new StringBuilder();
        boolean inString = false;
        boolean literal = false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\' && i + 1 < text.length()) {
                    arg.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                } else {
                    arg.append(c);
                }
            } else if (c == '"') {
                inString = true;
                if (!literal && arg.toString().isBlank()) {
                    arg.setLength(0);
                }
                literal = true;
            } else if (c == '(') {
                depth++;
                arg.append(c);
            } else if (c == ')') {
                depth--;
                arg.append(c);
            } else if (c == ',' && depth == 0) {
                out.add(literal ? arg.toString() : arg.toString().strip());
                arg.setLength(0);
                literal = false;
            } else if (!Character.isWhitespace(c) || !literal) {
                arg.append(c);
            }
        }
        if (arg.length() > 0 || literal || !out.isEmpty()) {
            out.add(literal ? arg.toString() : arg.toString().strip());
        }
        return out;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping string literals; -1 if none. */
    private static int matching(String s, int open) {
        int[] depth = {0};
        return outsideStrings(s, open, i -> {
            depth[0] += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
            return s.charAt(i) == ')' && depth[0] == 0;
        }).stoppedAt();
    }

    /** True when no parenthesis or string literal is left open at the end of {@code s}. */
    private static boolean balanced(String s) {
        int[] depth = {0};
        Walk w = outsideStrings(s, 0, i -> {
            depth[0] += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
            return false;
        });
        return depth[0] <= 0 && !w.inString();
    }

    /** Where a // comment starts outside string literals, or -1. */
    private static int commentStart(String line) {
        return outsideStrings(line, 0, i -> line.startsWith("//", i)).stoppedAt();
    }

    /** Where a walk outside string literals stopped (-1: at the end), and whether the end is inside one. */
    private record Walk(int stoppedAt, boolean inString) {
    }

    /** Walks {@code s} from {@code from}, offering each index outside string literals until one stops it. */
    private static Walk outsideStrings(String s, int from, IntPredicate stop) {
        boolean inString = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (stop.test(i)) {
                return new Walk(i, false);
            }
        }
        return new Walk(-1, inString);
    }
}
