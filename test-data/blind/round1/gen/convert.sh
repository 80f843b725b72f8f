#!/bin/sh
# After gen.py: converts gen/stage/*.xlsx into the .xls/.ods reports of folder/ and the notice .txt into
# a .docx, with the office (own throwaway profile so that no running office is disturbed).
set -e
cd "$(dirname "$0")"
P="-env:UserInstallation=file:///tmp/round1-office-profile"
python3 -c '
import gen, os
for r in gen.REPORTS:
    if r["fmt"] != "xlsx":
        print(os.path.join(gen.STAGE, os.path.splitext(r["path"])[0] + ".xlsx") + "\t" + r["fmt"] + "\t" + os.path.dirname(os.path.join(gen.FOLDER, r["path"])))
print(os.path.join(gen.STAGE, "2024年为全区妇女儿童办实事项目清单.txt") + "\tdocx:MS Word 2007 XML\t" + gen.FOLDER)
' 2>/dev/null | while IFS="$(printf '\t')" read -r src fmt dir; do
  soffice $P --headless --convert-to "$fmt" --outdir "$dir" "$src" >/dev/null 2>&1
  echo "converted: $src -> $dir ($fmt)"
done
rm -rf stage
