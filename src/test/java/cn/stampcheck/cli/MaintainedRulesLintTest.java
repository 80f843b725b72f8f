package cn.stampcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The rules files the project maintains are the example a clerk copies: they must lint clean. */
class MaintainedRulesLintTest {

    @Test
    void maintainedRulesLintClean() {
        CliRun run = CliRun.of("rules", "lint", "rules");
        assertEquals(0, run.status(), run.out() + run.err());
    }
}
