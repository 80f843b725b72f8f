"""python3 dump.py [filter] — second pass: every cell of every report (xls/ods converted back to xlsx by soffice) beside its label."""
import glob, json, os, subprocess, sys, tempfile, shutil
import openpyxl, warnings
warnings.simplefilter('ignore')
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
flt = sys.argv[1] if len(sys.argv) > 1 else ''
for f in sorted(glob.glob(os.path.join(SET, '20*', '*'))):
    if f.endswith('.json') or flt not in f:
        continue
    tmp = tempfile.mkdtemp()
    path = f
    if not f.endswith('.xlsx'):
        subprocess.run(['soffice', '-env:UserInstallation=file://' + tmp + '/p', '--headless', '--convert-to', 'xlsx',
                        '--outdir', tmp, f], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        path = os.path.join(tmp, os.path.splitext(os.path.basename(f))[0] + '.xlsx')
    wb = openpyxl.load_workbook(path)
    print('=' * 100)
    print(os.path.relpath(f, SET))
    for ws in wb.worksheets:
        print('--- sheet', ws.title, ws.sheet_state, 'merges:', ' '.join(sorted(str(m) for m in ws.merged_cells.ranges)))
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    print('  %s: %r' % (c.coordinate, c.value))
    lab = json.load(open(os.path.splitext(f)[0] + '.expected.json'))
    print('--- label: quarter', lab['quarter'], lab.get('options'), lab['rules'])
    for c in lab['checks']:
        print('   ', c['cell'], c['item'], c['target'], c['reported'], c['status'])
    for x in lab['findings']:
        print('   F', x['cell'], x['code'], x['item'])
    shutil.rmtree(tmp)
