#!/bin/sh
# Takes a picture of Calc with the stampcheck toolbar and a checked (marked) report:
#   scripts/screenshot.sh [report.xlsx] [docs/screenshot-calc.png]
#   MODE=table scripts/screenshot.sh rules/2024/linzi.xlsx docs/screenshot-table.png   (a rules table or an overview, not checked)
# With EXPLAIN="说明文字" the second marked cell is explained (stampcheck:explain) and the report re-checked,
# and a second picture of the 核查结果 sheet is written beside the first (…-record.png).
# Needs: Xvfb (xvfb), ImageMagick (import), python3-uno, a CJK font (fonts-wqy-zenhei or fonts-noto-cjk),
# a LibreOffice WITH a GUI (package libreoffice-calc; the -nogui packages have no X11 plugin and cannot be
# photographed) or SOFFICE=/path/to/program/soffice of one, and target/stampcheck.oxt (built if missing).
# The extension is installed into a throwaway profile; as root unopkg runs as nobody (it refuses root).
set -eu
cd "$(dirname "$0")/.."
REPORT=${1:-}
OUT=${2:-docs/screenshot-calc.png}
DISPLAY_NO=${DISPLAY_NO:-77}
MODE=${MODE:-report}
PORT=${PORT:-20077}

[ -f target/stampcheck.oxt ] || mvn -B -q package -DskipTests
if [ -z "$REPORT" ]; then
  REPORT=$(find test-data -name '*.xlsx' 2>/dev/null | sort | head -n 1 || true)
  if [ -z "$REPORT" ]; then
    [ -f target/it-data/linzi-q3.xlsx ] || mvn -B -q verify -Dit.test=CalcExtensionIT#marksExactlyTheCoreFindingsAndClearRestoresEverything
    REPORT=target/it-data/linzi-q3.xlsx
  fi
fi

WORK=$(mktemp -d /tmp/stampcheck-shot-XXXXXX)
chmod 777 "$WORK"
mkdir -m 777 "$WORK/home"
cp target/stampcheck.oxt "$WORK/" && chmod 644 "$WORK/stampcheck.oxt"
cp "$REPORT" "$WORK/" && chmod 644 "$WORK/$(basename "$REPORT")"
PROFILE="file://$WORK/profile"
AS_USER=""
[ "$(id -u)" = 0 ] && AS_USER="runuser -u nobody --"
(cd "$WORK" && $AS_USER env HOME="$WORK/home" unopkg add -f "-env:UserInstallation=$PROFILE" "$WORK/stampcheck.oxt")

Xvfb ":$DISPLAY_NO" -screen 0 1400x860x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB=$!
OFFICE=""
cleanup() {
  [ -n "$OFFICE" ] && kill "$OFFICE" 2>/dev/null || true
  kill "$XVFB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
sleep 1
DISPLAY=":$DISPLAY_NO" SAL_USE_VCLPLUGIN=gen "${SOFFICE:-soffice}" "-env:UserInstallation=$PROFILE" --nologo --norestore --nodefault \
  --nolockcheck "--accept=socket,host=127.0.0.1,port=$PORT;urp;StarOffice.ComponentContext" >"$WORK/soffice.log" 2>&1 &
OFFICE=$!

DISPLAY=":$DISPLAY_NO" EXPLAIN="${EXPLAIN:-}" MODE="$MODE" /usr/bin/python3 - "$WORK/$(basename "$REPORT")" "$PORT" "$OUT" <<'PY'
import os, subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue
def pv(n, v):
    p = PropertyValue(); p.Name = n; p.Value = v; return p
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for i in range(300):
    try:
        ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=%s;urp;StarOffice.ComponentContext" % sys.argv[2]); break
    except Exception:
        time.sleep(0.1)
smgr = ctx.ServiceManager
desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(sys.argv[1]), "_blank", 0, ())
frame = doc.CurrentController.Frame
frame.ContainerWindow.setPosSize(0, 0, 1400, 860, 15)
# the add-on toolbar of Addons.xcu must have come up on its own (CalcWindowState.xcu makes it visible)
toolbar = "private:resource/toolbar/addon_cn.stampcheck.toolbar"
if toolbar not in [e.ResourceURL for e in frame.LayoutManager.getElements()]:
    sys.exit("the stampcheck toolbar is not shown")
if os.environ.get("MODE") != "table":  # a table (a rules table, an overview) is shown as it is, not checked
    helper = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    result = helper.executeDispatch(frame, "stampcheck:check", "", 0, (pv("Interactive", False),))
    print(result.Result if hasattr(result, "Result") else result)
    sheet = doc.Sheets.getByIndex(0)
    doc.CurrentController.setActiveSheet(sheet)
    helper.executeDispatch(frame, "stampcheck:next", "", 0, (pv("Interactive", False),))
    helper.executeDispatch(frame, "stampcheck:next", "", 0, (pv("Interactive", False),))
    addr = doc.CurrentController.Selection.CellAddress
    if os.environ.get("EXPLAIN"):
        print(helper.executeDispatch(frame, "stampcheck:explain", "", 0,
                                     (pv("Interactive", False), pv("Text", os.environ["EXPLAIN"]))).Result)
        print(helper.executeDispatch(frame, "stampcheck:check", "", 0, (pv("Interactive", False),)).Result)
        doc.CurrentController.setActiveSheet(sheet)
        doc.CurrentController.select(sheet.getCellByPosition(addr.Column + 4, addr.Row))  # the fill shows unselected
    # show the comment of the selected cell for the picture
    for i in range(sheet.Annotations.Count):
        a = sheet.Annotations.getByIndex(i)
        if a.Position.Column == addr.Column and a.Position.Row == addr.Row:
            a.IsVisible = True
time.sleep(3)
out = sys.argv[3]
os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
subprocess.run(["import", "-window", "root", out], check=True)
print("wrote " + out)
if os.environ.get("EXPLAIN"):
    doc.CurrentController.setActiveSheet(doc.Sheets.getByName("核查结果"))
    time.sleep(2)
    record = out[:-4] + "-record.png"
    subprocess.run(["import", "-window", "root", record], check=True)
    print("wrote " + record)
PY
