package cn.stampcheck.calc;

import com.sun.star.datatransfer.DataFlavor;
import com.sun.star.datatransfer.UnsupportedFlavorException;
import com.sun.star.datatransfer.XTransferable;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.uno.Type;

/** Plain text for the system clipboard (the office's own clipboard service takes an XTransferable). */
final class TextTransfer extends WeakBase implements XTransferable {

    private static final DataFlavor TEXT = new DataFlavor("text/plain;charset=utf-16", "Unicode-Text", new Type(String.class));

    private final String text;

    TextTransfer(String text) {
        this.text = text;
    }

    @Override
    public Object getTransferData(DataFlavor flavor) throws UnsupportedFlavorException {
        if (!isDataFlavorSupported(flavor)) {
            throw new UnsupportedFlavorException(flavor.MimeType, this);
        }
        return text;
    }

    @Override
    public DataFlavor[] getTransferDataFlavors() {
        return new DataFlavor[] {TEXT};
    }

    @Override
    public boolean isDataFlavorSupported(DataFlavor flavor) {
        return flavor.MimeType.toLowerCase().startsWith("text/plain");
    }
}
