"""Second pass: prints every filled cell of every report in folder/ (.xls/.ods converted to .xlsx in /tmp first)."""
import os, subprocess, sys, glob, openpyxl, warnings
warnings.simplefilter("ignore")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tmp = "/tmp/round1-dump"
os.makedirs(tmp, exist_ok=True)
for dp, dn, fn in sorted(os.walk(os.path.join(ROOT, "folder"))):
    for f in sorted(fn):
        p = os.path.join(dp, f)
        rel = os.path.relpath(p, os.path.join(ROOT, "folder"))
        if f.endswith((".xls", ".ods")):
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/round1-office-profile", "--headless",
                            "--convert-to", "xlsx", "--outdir", tmp, p], capture_output=True)
            p = os.path.join(tmp, os.path.splitext(f)[0] + ".xlsx")
        elif not f.endswith(".xlsx"):
            print("==", rel, "(not a workbook)"); continue
        try:
            wb = openpyxl.load_workbook(p)
        except Exception as e:
            print("==", rel, "unreadable:", type(e).__name__); continue
        print("==", rel)
        for ws in wb:
            print("  sheet", ws.title, "merged", [str(m) for m in ws.merged_cells.ranges])
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        print(f"  {c.coordinate}: {c.value!r}")
