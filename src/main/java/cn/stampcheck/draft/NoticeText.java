package cn.stampcheck.draft;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a notice, one paragraph a line, as clerks get it: a .txt file (UTF-8, or GB18030 as Chinese
 * Windows saves it), Word .docx and Word 97 .doc (paragraphs and table rows in document order, read with
 * POI), or the text layer of a .pdf (PDFBox). The kind is taken from the file's first bytes, so a file with
 * the wrong extension is still read; a file that is none of these is refused with one Chinese line.
 * Markup left over from conversions (** bold **, # headings, [bookmark: …]) is dropped. A notice in
 * traditional characters is read in simplified ones ({@link Traditional}); {@code original} keeps its own
 * wording for quoting.
 *
 * @param name     the file name, used as a hint for the year and in the draft's header
 * @param lines    the lines the drafter reads (simplified characters)
 * @param original the same lines as written, character for character
 */
public record NoticeText(String name, List<String> lines, List<String> original) {

    public NoticeText {
        lines = List.copyOf(lines);
        original = List.copyOf(original);
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {0x25, 0x50, 0x44, 0x46};

    public static NoticeText read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        NoticeText notice = startsWith(bytes, ZIP) ? docx(new ByteArrayInputStream(bytes), fileName)
                : startsWith(bytes, OLE2) ? doc(bytes, fileName)
                : startsWith(bytes, PDF) ? pdf(bytes, fileName)
                : of(text(bytes), fileName);
        if (!hasChinese(notice.text())) {
            throw new NoticeUnreadableException("文件中没有汉字，不像是通知全文");
        }
        return notice;
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A notice from a Word .docx stream. */
    public static NoticeText docx(InputStream in, String name) throws IOException {
        List<String> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(in)) {
            ListNumbers numbers = new ListNumbers();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.add(numbers.label(p) + p.getText());
                } else if (e instanceof XWPFTable t) {
                    List<String> above = List.of();
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell c : row.getTableCells()) {
                            // a cell's paragraphs (one unit a line) read apart, as the .doc reader reads them
                            String text = c.getParagraphs().stream().map(XWPFParagraph::getText)
                                    .collect(java.util.stream.Collectors.joining(" ")).replace('\n', ' ');
                            int at = cells.size();
                            cells.add(continuesMerge(c) && at < above.size() ? above.get(at) : text);
                        }
                        out.add(String.join("\t", cells));
                        above = cells;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new NoticeUnreadableException("文件已损坏，或不是 Word 文档（可能是压缩包、表格等其他文件）", e);
        }
        return of(String.join("\n", out), name);
    }

    /** A cell merged down from the one above it: it shows that cell's text (a 责任单位 shared by three rows). */
    private static boolean continuesMerge(XWPFTableCell c) {
        var pr = c.getCTTc().getTcPr();
        return pr != null && pr.isSetVMerge() && (pr.getVMerge().getVal() == null
                || pr.getVMerge().getVal() == org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE);
    }

    /** A notice from a Word 97–2003 .doc file: paragraphs, and each table row as its cells joined by tabs. */
    static NoticeText doc(byte[] bytes, String name) throws IOException {
        List<String> out = new ArrayList<>();
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range range = doc.getRange();
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table table = range.getTable(p);
                    List<String> above = List.of();
                    for (int r = 0; r < table.numRows(); r++) {
                        TableRow row = table.getRow(r);
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < row.numCells(); c++) {
                            TableCell cell = row.getCell(c);
                            boolean merged = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                            cells.add(merged && c < above.size() ? above.get(c)
                                    : docText(cell.text()).replace('\n', ' ').strip());
                        }
                        out.add(String.join("\t", cells));
                        above = cells;
                    }
                    i += table.numParagraphs() - 1;
                } else {
                    out.add(docText(p.text()));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new NoticeUnreadableException("文件已损坏，或不是 Word 文档（可能是其他 Office 文件）", e);
        }
        return of(String.join("\n", out), name);
    }

    /** A paragraph's text without Word's field codes and its paragraph, cell and page marks. */
    private static String docText(String raw) {
        return Range.stripFields(raw).replaceAll("[\r\u0007\u000b\u000c]", "\n").strip();
    }

    /** The text layer of a PDF, in reading order; a scan without one is refused. */
    static NoticeText pdf(byte[] bytes, String name) throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = String.join("\n", PageFurniture.without(PdfTable.pages(doc, stripper)));
        } catch (InvalidPasswordException e) {
            throw new NoticeUnreadableException("PDF 文件已加密，请先取消密码，或把文字复制到 .txt 文件中", e);
        } catch (IOException | RuntimeException e) {
            throw new NoticeUnreadableException("PDF 文件已损坏，读不出内容", e);
        }
        if (!hasChinese(text)) {
            throw new NoticeUnreadableException("PDF 中没有文字（可能是扫描件），请找通知的 Word 或网页版本，"
                    + "或把文字复制到 .txt 文件中");
        }
        return of(text, name);
    }

    /** A notice from its plain text. */
    public static NoticeText of(String text, String name) {
        List<String> out = new ArrayList<>();
        for (String line : text.replace("\uFEFF", "").split("\\R", -1)) {
            out.add(clean(line));
        }
        if (!Traditional.is(text)) {
            return new NoticeText(name, out, out);
        }
        return new NoticeText(name, out.stream().map(Traditional::simplified).toList(), out);
    }

    /** The whole text, lines joined by line breaks. */
    public String text() {
        return String.join("\n", lines);
    }

    /**
     * A line as the drafter reads it: without Markdown marks, and without the indent a pasted web page or a
     * typed notice puts before each paragraph (ideographic spaces 　　, which no regular expression's \\s
     * matches); a tab is kept, as it separates a table row's cells and an empty first cell starts with one.
     */
    private static String clean(String line) {
        return line.replaceFirst("^[ \u3000\u00a0]+", "").replaceAll("\\[bookmark:[^\\]]*\\]", "")
                .replace("**", "")
                .replaceFirst("^\\s*#{1,6}\\s+", "")
                .replace('\u00a0', ' ')
                .stripTrailing();
    }

    /**
     * Plain text: UTF-16 with its byte-order mark, strict UTF-8, else GB18030 (a superset of GBK and GB2312). Bytes that are neither, or that
     * decode to control characters (a binary file renamed .txt), are refused.
     */
    private static String text(byte[] bytes) throws NoticeUnreadableException {
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return new String(bytes, StandardCharsets.UTF_16); // Notepad's "Unicode"
        }
        String text;
        try {
            text = decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            try {
                text = decoder(Charset.forName("GB18030")).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e2) {
                throw new NoticeUnreadableException("既不是文本文件，也不是 Word 或 PDF 文件，读不出通知的文字", e2);
            }
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > text.length() / 100) {
            throw new NoticeUnreadableException("既不是文本文件，也不是 Word 或 PDF 文件，读不出通知的文字");
        }
        return text;
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
