package cn.stampcheck.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.stampcheck.poi.PoiReader;
import cn.stampcheck.report.Grid;
import cn.stampcheck.report.Workbook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The light table reader sees the same cell texts as POI in the tables the program writes. */
class XlsxCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2021/linzi", "2023/zichuan", "2024/boshan", "2024/gaoqing", "2024/linzi"})
    void sameTextsAsPoi(String table) throws Exception {
        Path file = Path.of("rules", table + ".xlsx");
        Workbook light = XlsxCells.read(file);
        Workbook poi = PoiReader.read(file);
        assertEquals(poi.sheets().size(), light.sheets().size());
        for (int i = 0; i < poi.sheets().size(); i++) {
            assertEquals(poi.sheets().get(i).name(), light.sheets().get(i).name());
            assertEquals(trimmed(poi.sheets().get(i)), trimmed(light.sheets().get(i)), table);
        }
    }

    private static List<List<String>> trimmed(Grid g) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : g.rows()) {
            List<String> r = new ArrayList<>(row);
            while (!r.isEmpty() && r.get(r.size() - 1).isEmpty()) {
                r.remove(r.size() - 1);
            }
            out.add(r);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
