package cn.stampcheck.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a notice's {@code .drl} file as declarations only, without the rules engine: {@code package},
 * the three {@code import}s, and rules whose consequence is nothing but
 * {@code insert(new Notice(年份, "地区"))}, {@code insert(Item.of(…).units(…)…)} and
 * {@code insert(Target.of(…).atLeast(…)…)} chains with literal arguments. Anything else (a condition,
 * another call, a variable, a loop) is refused with its line, so a rules file received from another office
 * is data and can never make the checker run code. Experts keep their .drl files; the clerk edits tables.
 */
public final class NoticeDeclarations {

    private static final Set<String> IMPORTS =
            Set.of("cn.stampcheck.rules.Notice", "cn.stampcheck.rules.Item", "cn.stampcheck.rules.Target");
    private static final String ALLOWED =
            "规则文件只能写 insert(new Notice(…))、insert(Item.of(…)…)、insert(Target.of(…)…) 这样的声明";

    private final String name;
    private final List<Token> tokens;
    private int at;
    /** The comments read since the last declaration: the notice text it quotes. */
    private final StringBuilder quote = new StringBuilder();
    private final NoticeFacts facts = new NoticeFacts();

    private NoticeDeclarations(String name, List<Token> tokens) {
        this.name = name;
        this.tokens = tokens;
    }

    /** The declarations of a notice .drl file, or a {@code file:line: reason} refusal. */
    public static NoticeFacts read(RulesSource source) throws NotDeclarationsException {
        NoticeDeclarations p = new NoticeDeclarations(source.name(), DrlTokens.split(source));
        p.file();
        return p.facts;
    }

    private void file() throws NotDeclarationsException {
        if (isWord("package")) {
            next();
            qualifiedName();
            skip(";");
        }
        while (isWord("import")) {
            Token t = next();
            String imported = qualifiedName();
            if (!IMPORTS.contains(imported)) {
                throw error(t, "不能导入 " + imported + "；" + ALLOWED);
            }
            skip(";");
        }
        while (!peek().is(DrlTokens.END)) {
            rule();
        }
    }

    private void rule() throws NotDeclarationsException {
        expectWord("rule", "这里应是 rule \"名称\"；" + ALLOWED);
        expect(DrlTokens.STRING, "rule 后面应是带引号的规则名称");
        expectWord("then", "规则名称后面应直接写 then（不能有条件或属性）；" + ALLOWED);
        while (!isWord("end")) {
            insert();
        }
        next();
    }

    private void insert() throws NotDeclarationsException {
        Token start = expectWord("insert", ALLOWED);
        expectPunct("(");
        String comment = quote.toString().strip();
        quote.setLength(0);
        if (isWord("new")) {
            next();
            expectWord("Notice", "只能 new Notice(年份, \"地区\")");
            List<Token> args = arguments();
            if (args.size() != 2 || !args.get(0).is(DrlTokens.NUMBER) || !args.get(1).is(DrlTokens.STRING)) {
                throw error(start, "应写成 new Notice(年份, \"地区\")");
            }
            facts.notice(new Notice(integer(args.get(0)), args.get(1).text()), start.line(), comment);
        } else if (isWord("Item")) {
            next();
            facts.item(item(start), start.line(), comment);
        } else if (isWord("Target")) {
            next();
            facts.target(target(start), start.line(), comment);
        } else {
            throw error(peek(), ALLOWED);
        }
        expectPunct(")");
        expectPunct(";");
    }

    private Item item(Token start) throws NotDeclarationsException {
        List<Token> of = call("of");
        if (of.size() != 2 || !of.get(0).is(DrlTokens.NUMBER) || !of.get(1).is(DrlTokens.STRING)) {
            throw error(start, "应写成 Item.of(序号, \"实事名称\")");
        }
        Item item = Item.of(integer(of.get(0)), of.get(1).text());
        while (isPunct(".")) {
            next();
            Token method = expect(DrlTokens.WORD, "“.”后面应是 units、alsoNamed 或 deadline");
            List<Token> args = arguments();
            try {
                item = switch (method.text()) {
                    case "units" -> item.units(strings(method, args));
                    case "alsoNamed" -> item.alsoNamed(oneString(method, args));
                    case "deadline" -> item.deadline(oneString(method, args));
                    default -> throw error(method, "Item 没有 ." + method.text() + "(…)；只能用 units、alsoNamed、deadline");
                };
            } catch (IllegalArgumentException e) {
                throw error(method, e.getMessage());
            }
        }
        return item;
    }

    private Target target(Token start) throws NotDeclarationsException {
        List<Token> of = call("of");
        if (of.size() != 2 || !of.get(0).is(DrlTokens.NUMBER) || !of.get(1).is(DrlTokens.STRING)) {
            throw error(start, "应写成 Target.of(序号, \"目标简称\")");
        }
        Target target = Target.of(integer(of.get(0)), of.get(1).text());
        while (isPunct(".")) {
            next();
            Token method = expect(DrlTokens.WORD, "“.”后面应是 keywords、atLeast、atMost、aliases、deadline 等");
            List<Token> args = arguments();
            try {
                target = switch (method.text()) {
                    case "keywords" -> target.keywords(strings(method, args));
                    case "aliases" -> target.aliases(strings(method, args));
                    case "deadline" -> target.deadline(oneString(method, args));
                    case "atLeast", "atMost" -> goal(target, method, args);
                    case "constant" -> none(method, args, target.constant());
                    case "byDeadline" -> none(method, args, target.byDeadline());
                    case "proRata" -> none(method, args, target.proRata());
                    default -> throw error(method, "Target 没有 ." + method.text()
                            + "(…)；只能用 keywords、atLeast、atMost、aliases、deadline、constant、byDeadline、proRata");
                };
            } catch (IllegalArgumentException e) {
                throw error(method, e.getMessage());
            }
        }
        return target;
    }

    private Target goal(Target target, Token method, List<Token> args) throws NotDeclarationsException {
        if (args.size() != 2 || args.get(0).is(DrlTokens.WORD) || !args.get(1).is(DrlTokens.STRING)) {
            throw error(method, "应写成 ." + method.text() + "(数量, \"单位\")");
        }
        boolean atLeast = method.text().equals("atLeast");
        Token amount = args.get(0);
        if (amount.is(DrlTokens.NUMBER)) {
            BigDecimal n = new BigDecimal(amount.text());
            return atLeast ? target.atLeast(n, args.get(1).text()) : target.atMost(n, args.get(1).text());
        }
        return atLeast ? target.atLeast(amount.text(), args.get(1).text()) : target.atMost(amount.text(), args.get(1).text());
    }

    private Target none(Token method, List<Token> args, Target result) throws NotDeclarationsException {
        if (!args.isEmpty()) {
            throw error(method, "." + method.text() + "() 的括号里不写内容");
        }
        return result;
    }

    private String[] strings(Token method, List<Token> args) throws NotDeclarationsException {
        List<String> out = new ArrayList<>();
        for (Token t : args) {
            if (!t.is(DrlTokens.STRING)) {
                throw error(t, "." + method.text() + "(…) 里应是带引号的文字");
            }
            out.add(t.text());
        }
        return out.toArray(String[]::new);
    }

    private String oneString(Token method, List<Token> args) throws NotDeclarationsException {
        String[] s = strings(method, args);
        if (s.length != 1) {
            throw error(method, "." + method.text() + "(…) 里应只写一项");
        }
        return s[0];
    }

    private List<Token> call(String method) throws NotDeclarationsException {
        expectPunct(".");
        expectWord(method, "应写成 ." + method + "(…)");
        return arguments();
    }

    /** {@code ( literal, literal … )}: only quoted text and numbers, never a name or an expression. */
    private List<Token> arguments() throws NotDeclarationsException {
        expectPunct("(");
        List<Token> args = new ArrayList<>();
        if (isPunct(")")) {
            next();
            return args;
        }
        while (true) {
            Token t = next();
            if (!t.is(DrlTokens.STRING) && !t.is(DrlTokens.NUMBER)) {
                throw error(t, "括号里只能写带引号的文字或数字，不能写“" + t.text() + "”");
            }
            args.add(t);
            if (isPunct(")")) {
                next();
                return args;
            }
            expectPunct(",");
        }
    }

    private String qualifiedName() throws NotDeclarationsException {
        StringBuilder s = new StringBuilder(expect(DrlTokens.WORD, "这里应是名称").text());
        while (isPunct(".")) {
            next();
            s.append('.').append(expect(DrlTokens.WORD, "这里应是名称").text());
        }
        return s.toString();
    }

    private int integer(Token t) throws NotDeclarationsException {
        try {
            return Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            throw error(t, "“" + t.text() + "”应是整数");
        }
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        Token t = tokens.get(at);
        if (!t.is(DrlTokens.END)) {
            at++;
        }
        if (!t.comment().isEmpty()) {
            quote.append(t.comment()).append('\n');
        }
        return t;
    }

    private boolean isWord(String word) {
        return peek().is(DrlTokens.WORD) && peek().text().equals(word);
    }

    private boolean isPunct(String p) {
        return peek().is(DrlTokens.PUNCT) && peek().text().equals(p);
    }

    private void skip(String p) {
        if (isPunct(p)) {
            next();
        }
    }

    private Token expect(String kind, String reason) throws NotDeclarationsException {
        if (!peek().is(kind)) {
            throw error(peek(), reason);
        }
        return next();
    }

    private Token expectWord(String word, String reason) throws NotDeclarationsException {
        if (!isWord(word)) {
            throw error(peek(), reason);
        }
        return next();
    }

    private void expectPunct(String p) throws NotDeclarationsException {
        if (!isPunct(p)) {
            // a forgotten ; or ) belongs to the line before the next word, where the clerk will look
            throw error(at > 0 ? tokens.get(at - 1) : peek(), "这里应是“" + p + "”" + (peek().is(DrlTokens.END) ? "，文件却结束了" : "，后面却是“" + peek().text() + "”"));
        }
        next();
    }

    private NotDeclarationsException error(Token t, String reason) {
        return new NotDeclarationsException(name + ":" + t.line() + ": " + reason);
    }

    /** One token: its kind (see {@link DrlTokens}), text (a string literal unescaped), line, and the comment above it. */
    record Token(String kind, String text, int line, String comment) {

        boolean is(String k) {
            return kind.equals(k);
        }
    }
}
