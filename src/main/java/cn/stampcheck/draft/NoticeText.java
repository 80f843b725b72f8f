package cn.stampcheck.draft;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a notice, one paragraph a line: read from a .txt file (UTF-8, or GB18030 as Chinese
 * Windows saves it) or a Word .docx (paragraphs and table rows in document order, read with POI).
 * Markup left over from conversions (** bold **, # headings, [bookmark: …]) is dropped.
 *
 * @param name the file name, used as a hint for the year and in the draft's header
 */
public record NoticeText(String name, List<String> lines) {

    public NoticeText {
        lines = List.copyOf(lines);
    }

    public static NoticeText read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file)) {
                return docx(in, fileName);
            }
        }
        if (lower.endsWith(".doc")) {
            throw new IOException("不支持旧版 Word .doc 文件，请在 Word 或 WPS 中另存为 .docx 或 .txt：" + fileName);
        }
        return of(decode(Files.readAllBytes(file)), fileName);
    }

    /** A notice from a Word .docx stream. */
    public static NoticeText docx(InputStream in, String name) throws IOException {
        List<String> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.add(p.getText());
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell c : row.getTableCells()) {
                            cells.add(c.getText().replace('\n', ' '));
                        }
                        out.add(String.join("\t", cells));
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("无法读取 Word 文件 " + name + "：" + e.getMessage(), e);
        }
        return of(String.join("\n", out), name);
    }

    /** A notice from its plain text. */
    public static NoticeText of(String text, String name) {
        List<String> out = new ArrayList<>();
        for (String line : text.replace("\uFEFF", "").split("\\R", -1)) {
            out.add(clean(line));
        }
        return new NoticeText(name, out);
    }

    /** The whole text, lines joined by line breaks. */
    public String text() {
        return String.join("\n", lines);
    }

    private static String clean(String line) {
        return line.replaceAll("\\[bookmark:[^\\]]*\\]", "")
                .replace("**", "")
                .replaceFirst("^\\s*#{1,6}\\s+", "")
                .replace('\u00a0', ' ')
                .stripTrailing();
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
