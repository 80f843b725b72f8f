package cn.stampcheck.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a notice .drl file into words, quoted texts, numbers and punctuation, with the line of each and
 * the comments written just above it (they quote the notice and move into a table's 通知原文). A character
 * that has no place in a declaration is refused with its line.
 */
final class DrlTokens {

    static final String WORD = "word";
    static final String STRING = "string";
    static final String NUMBER = "number";
    static final String PUNCT = "punct";
    static final String END = "end";

    private DrlTokens() {
    }

    static List<NoticeDeclarations.Token> split(RulesSource source) throws NotDeclarationsException {
        String s = source.text();
        List<NoticeDeclarations.Token> out = new ArrayList<>();
        StringBuilder comment = new StringBuilder();
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (s.startsWith("//", i)) {
                int eol = s.indexOf('\n', i);
                eol = eol < 0 ? s.length() : eol;
                comment.append(s.substring(i + 2, eol).strip()).append('\n');
                i = eol;
            } else if (s.startsWith("/*", i)) {
                int close = s.indexOf("*/", i + 2);
                if (close < 0) {
                    throw new NotDeclarationsException(source.name() + ":" + line + ": 注释 /* 没有以 */ 结束");
                }
                String text = s.substring(i + 2, close);
                comment.append(text).append('\n');
                line += (int) text.chars().filter(ch -> ch == '\n').count();
                i = close + 2;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != '"') {
                    char d = s.charAt(j);
                    if (d == '\n') {
                        break;
                    }
                    if (d == '\\' && j + 1 < s.length()) {
                        char e = s.charAt(++j);
                        text.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                    } else {
                        text.append(d);
                    }
                    j++;
                }
                if (j >= s.length() || s.charAt(j) != '"') {
                    throw new NotDeclarationsException(source.name() + ":" + line + ": 引号没有配对（文字应写在英文双引号 \"…\" 中，"
                            + "不能用中文引号“”代替）");
                }
                out.add(new NoticeDeclarations.Token(STRING, text.toString(), line, take(comment)));
                i = j + 1;
            } else if (Character.isDigit(c) || c == '-' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                int j = i + 1;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                out.add(new NoticeDeclarations.Token(NUMBER, s.substring(i, j), line, take(comment)));
                i = j;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
                    j++;
                }
                out.add(new NoticeDeclarations.Token(WORD, s.substring(i, j), line, take(comment)));
                i = j;
            } else if ("().,;".indexOf(c) >= 0) {
                out.add(new NoticeDeclarations.Token(PUNCT, String.valueOf(c), line, take(comment)));
                i++;
            } else {
                throw new NotDeclarationsException(source.name() + ":" + line + ": 不能写“" + c + "”"
                        + (c == '“' || c == '”' ? "（文字应写在英文双引号 \"…\" 中）" : "；规则文件只能写声明"));
            }
        }
        out.add(new NoticeDeclarations.Token(END, "", line, take(comment)));
        return out;
    }

    private static String take(StringBuilder comment) {
        String text = comment.toString().strip();
        comment.setLength(0);
        return text;
    }
}
