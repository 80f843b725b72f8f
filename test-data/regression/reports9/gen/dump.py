# Second pass: dump every cell of every report (xls/ods converted to xlsx in a temp folder) beside its labels.
import glob, json, os, subprocess, sys, tempfile
from openpyxl import load_workbook
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
tmp = tempfile.mkdtemp()
for f in sorted(glob.glob(os.path.join(OUT, '20*', '*.*'))):
    if f.endswith('.json'):
        continue
    src = f
    if not f.endswith('.xlsx'):
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/r9profile', '--headless', '--convert-to', 'xlsx',
                        '--outdir', tmp, f], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        src = os.path.join(tmp, os.path.splitext(os.path.basename(f))[0] + '.xlsx')
    wb = load_workbook(src)
    print('=' * 30, os.path.relpath(f, OUT))
    for ws in wb.worksheets:
        print('-- sheet', ws.title, 'merged:', ' '.join(str(m) for m in ws.merged_cells.ranges))
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    print('%s: %s' % (c.coordinate, str(c.value).replace('\n', '⏎')))
    exp = json.load(open(os.path.splitext(f)[0] + '.expected.json', encoding='utf-8'))
    print('-- quarter', exp['quarter'], exp.get('options', ''))
    for c in exp['checks']:
        print('   %s item %d %s = %s (%s)' % (c['cell'], c['item'], c['target'], c['reported'], c['status']))
    for x in exp['findings']:
        print('   F %s %s %d' % (x['cell'], x['code'], x['item']))
