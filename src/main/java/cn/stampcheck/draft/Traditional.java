package cn.stampcheck.draft;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import com.github.houbb.opencc4j.support.segment.impl.Segments;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Traditional characters (繁體, as a government site's 繁體 switch or a Hong Kong/Taiwan copy gives them)
 * read as simplified, so that 關於…為婦女兒童辦實事 and 區衛生健康局 match like any notice. Conversion is
 * character by character (OpenCC's tables via opencc4j), so the simplified text has the same length and
 * the notice's own wording can be quoted from the same positions.
 *
 * <p>A text counts as traditional when it holds Chinese characters that GB2312 — the simplified set —
 * cannot encode; only then are the tables loaded (about a second), so simplified notices never pay.
 */
public final class Traditional {

    private static final int MIN_CHARACTERS = 3;

    private static ZhConvertBootstrap converter;

    private Traditional() {
    }

    /** True when the text has at least a few Chinese characters outside the simplified set. */
    static boolean is(String text) {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        int outside = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && !gb2312.canEncode(c)
                    && ++outside >= MIN_CHARACTERS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text in simplified characters when it is written in traditional ones, else the text itself: what
     * lint compares a drafted table's keywords (simplified) with its quoted 通知原文 (the notice's own
     * characters) through.
     */
    public static String asSimplified(String text) {
        return is(text) ? simplified(text) : text;
    }

    /** The text in simplified characters, of the same length (a character without a one-character form stays). */
    static String simplified(String text) {
        StringBuilder out = new StringBuilder(text.length());
        ZhConvertBootstrap z = converter();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String s = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? z.toSimple(String.valueOf(c)) : null;
            out.append(s != null && s.length() == 1 ? s.charAt(0) : c);
        }
        return out.toString();
    }

    private static synchronized ZhConvertBootstrap converter() {
        if (converter == null) {
            // opencc4j reads its tables through the thread's context class loader, which the office leaves null
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(Traditional.class.getClassLoader());
            try {
                ZhConvertBootstrap z = ZhConvertBootstrap.newInstance(Segments.chars());
                z.toSimple("妇");
                converter = z;
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
        return converter;
    }
}
