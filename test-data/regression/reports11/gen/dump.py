"""Second pass: prints every non-empty cell of every report (.xls/.ods converted to .xlsx in a temp folder)
beside its expected.json, for re-reading each label by eye: python3 gen/dump.py [filter]"""
import glob, json, os, subprocess, sys, tempfile, warnings
warnings.filterwarnings('ignore')
import openpyxl
import core
flt = sys.argv[1] if len(sys.argv) > 1 else ''
tmp = tempfile.mkdtemp()
for f in sorted(glob.glob(os.path.join(core.ROOT, '*', '*.*'))):
    if f.endswith('.json') or '/gen/' in f or flt not in f:
        continue
    path = f
    if not f.endswith('.xlsx'):
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/reports11-lo', '--headless', '--convert-to', 'xlsx', '--outdir', tmp, f], check=True, capture_output=True)
        path = os.path.join(tmp, os.path.splitext(os.path.basename(f))[0] + '.xlsx')
    wb = openpyxl.load_workbook(path)
    print('=' * 20, os.path.relpath(f, core.ROOT))
    for ws in wb.worksheets:
        print('-- sheet', ws.title, 'merged:', ' '.join(str(m) for m in ws.merged_cells.ranges))
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    print(f'{c.coordinate}: {str(c.value)!r}')
    exp = json.load(open(os.path.splitext(f)[0] + '.expected.json'))
    print('-- expected Q%d' % exp['quarter'], exp.get('options', ''))
    for c in exp['checks']:
        print('  ', c['cell'], c['item'], c['target'], c['reported'], c['status'])
    for c in exp['findings']:
        print('  !', c['cell'], c['code'], c['item'])
