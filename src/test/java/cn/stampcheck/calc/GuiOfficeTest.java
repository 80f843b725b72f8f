package cn.stampcheck.calc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class that needs an office drawing on an Xvfb: one {@link GuiOffice} per class, started before
 * its tests (and before a subclass's own {@code @BeforeAll}) and closed after them; the class is skipped
 * where nothing can draw (the -nogui packages, no Xvfb or xdotool).
 */
abstract class GuiOfficeTest {

    static GuiOffice gui;

    @BeforeAll
    static void startGui() throws Exception {
        Assumptions.assumeTrue(GuiOffice.canDraw(), GuiOffice.SKIPPED);
        gui = GuiOffice.start();
    }

    @AfterAll
    static void stopGui() throws Exception {
        if (gui != null) {
            gui.close();
            gui = null;
        }
    }
}
