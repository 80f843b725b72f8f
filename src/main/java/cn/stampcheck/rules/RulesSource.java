package cn.stampcheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of one rules file and the name it is shown under in messages (rules/2024/linzi.drl).
 * Always read as UTF-8: a Chinese Windows default charset would garble the file.
 */
public record RulesSource(String name, String text) {

    public static RulesSource of(Path file, String shownAs) throws IOException {
        return new RulesSource(shownAs, Files.readString(file, StandardCharsets.UTF_8));
    }

    public static RulesSource of(InputStream in, String shownAs) throws IOException {
        return new RulesSource(shownAs, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
}
