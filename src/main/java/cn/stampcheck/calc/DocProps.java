package cn.stampcheck.calc;

import static cn.stampcheck.calc.Uno.qi;

import com.sun.star.beans.PropertyAttribute;
import com.sun.star.beans.XPropertyContainer;
import com.sun.star.beans.XPropertySet;
import com.sun.star.document.XDocumentPropertiesSupplier;

/**
 * The document's user-defined properties the extension keeps (File ▸ Properties ▸ Custom Properties):
 * {@value MarkState#PROPERTY} (original fills of marked cells), {@value #QUARTER} (the quarter the clerk
 * gave when the title did not tell), {@value #RULES} (the rules file chosen with 选择规则文件…) and
 * {@value #PREVIOUS} (last quarter's report chosen with 与上季度对比…).
 * They are saved with the document in .ods, .xlsx and .xls.
 */
final class DocProps {

    static final String QUARTER = "StampcheckQuarter";
    static final String RULES = "StampcheckRules";
    static final String PREVIOUS = "StampcheckPrevious";

    private final XPropertyContainer container;
    private final XPropertySet set;

    DocProps(Object document) {
        Object props = qi(XDocumentPropertiesSupplier.class, document).getDocumentProperties().getUserDefinedProperties();
        container = qi(XPropertyContainer.class, props);
        set = qi(XPropertySet.class, props);
    }

    String get(String name) {
        try {
            if (!set.getPropertySetInfo().hasPropertyByName(name)) {
                return null;
            }
            Object v = set.getPropertyValue(name);
            if (v instanceof com.sun.star.uno.Any any) {
                v = any.getObject();
            }
            return v == null ? null : v.toString();
        } catch (com.sun.star.uno.Exception e) {
            return null;
        }
    }

    void put(String name, String value) throws com.sun.star.uno.Exception {
        if (set.getPropertySetInfo().hasPropertyByName(name)) {
            set.setPropertyValue(name, value);
        } else {
            container.addProperty(name, PropertyAttribute.REMOVABLE, value);
        }
    }

    void remove(String name) throws com.sun.star.uno.Exception {
        if (set.getPropertySetInfo().hasPropertyByName(name)) {
            container.removeProperty(name);
        }
    }
}
