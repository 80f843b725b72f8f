package cn.stampcheck.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses the ISO dates a rules file writes, with a message a clerk can act on. */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String iso) {
        try {
            return LocalDate.parse(iso.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("日期应写成 2024-12-31 的形式：" + iso);
        }
    }
}
