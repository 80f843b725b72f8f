# Writes the reports of reports9 and their labels.  python3 gen/build.py  (from test-data/blind/reports9)
# Labels: the reported figure of each target is assigned by hand in reports.py (my reading of my own sentence);
# statuses and findings follow mechanically from the documented arithmetic (see LABELS.md).
import json, os, shutil, subprocess, sys, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter as L
sys.path.insert(0, os.path.dirname(__file__))
from notices import NOTICES

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
WRAP = Alignment(wrap_text=True, vertical='center')


def status(v, thr, sched, q):
    if v is None:
        return 'missing'
    if sched == 'c':
        return 'ok' if v >= thr else 'shortfall'
    if sched == 'd':
        return 'ok' if q < 4 or v >= thr else 'shortfall'
    if q < 4:
        return 'ok' if v * 4 >= thr * q else 'behind'
    return 'ok' if v >= thr else 'shortfall'


CODE = {'behind': 'BEHIND_SCHEDULE', 'shortfall': 'SHORTFALL', 'missing': 'MISSING_FIGURE'}


def build(rep):
    nt = NOTICES[rep['notice']]
    q = rep['quarter']
    c0 = rep.get('col', 1)           # first column of the table
    cols = rep.get('cols', ['序号', '实事名称', '责任单位', '本季度具体措施及任务进度情况', '完成时限'])
    ci = {k: c0 + i for i, k in enumerate(['num', 'name', 'units', 'prog', 'dl'])}
    wb = Workbook()
    ws = wb.active
    ws.title = rep.get('sheet', 'Sheet1')
    r = rep.get('row', 1)
    last = c0 + 4
    for t in rep['title']:            # title lines, each merged over the table's width
        ws.cell(r, c0, t).font = Font(size=16, bold=True)
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=last)
        ws.cell(r, c0).alignment = Alignment(horizontal='center')
        r += 1
    for line in rep.get('above', []):  # 单位（盖章）/ 填报单位…填报时间 line
        ws.cell(r, c0, line)
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=last)
        r += 1
    hdr = r
    for i, h in enumerate(cols):
        ws.cell(r, c0 + i, h).alignment = WRAP
    r += 1
    checks, findings = [], []
    present = set()
    for row in rep['rows']:
        depts = row.get('depts')
        span = len(depts) if depts else 1
        ws.cell(r, ci['num'], row['n'])
        it = row.get('item')
        if it is not None and it not in nt['items']:
            raise SystemExit('bad item %r' % it)
        name = row.get('name', nt['items'][it][0] if it else '')
        ws.cell(r, ci['name'], name)
        dl = row.get('dl', '%d年12月31日' % nt['year'])
        if dl is not None:
            ws.cell(r, ci['dl'], dl)
        if depts:
            for k, (u, t) in enumerate(depts):
                ws.cell(r + k, ci['units'], u).alignment = WRAP
                ws.cell(r + k, ci['prog'], t).alignment = WRAP
            for key in ('num', 'name', 'dl'):
                ws.merge_cells(start_row=r, start_column=ci[key], end_row=r + span - 1, end_column=ci[key])
            text = '\n'.join(t for _, t in depts)
        else:
            units = row.get('units', rep.get('usep', '、').join(nt['items'][it][1]) if it else '')
            ws.cell(r, ci['units'], units).alignment = WRAP
            text = row.get('text', '')
            ws.cell(r, ci['prog'], text if text else None).alignment = WRAP
        for key in ('name', 'num', 'dl'):
            ws.cell(r, ci[key]).alignment = WRAP
        pc = L(ci['prog']) + str(r)
        if it is None:                 # number not in the notice
            findings.append({'cell': L(ci['num']) + str(r), 'code': 'UNKNOWN_ITEM', 'item': row['unknown']})
            r += span
            continue
        present.add(it)
        if row.get('badname'):
            findings.append({'cell': L(ci['name']) + str(r), 'code': 'ITEM_NAME_MISMATCH', 'item': it})
        if row.get('unitmiss'):
            findings.append({'cell': L(ci['units']) + str(r), 'code': 'UNIT_MISSING', 'item': it})
        figs = row.get('figs', {})
        tg = nt['items'][it][2]
        if set(figs) != {t[0] for t in tg} and text:
            raise SystemExit('%s item %d: figures %s vs targets %s' % (rep['file'], it, sorted(figs), [t[0] for t in tg]))
        if not text:
            findings.append({'cell': pc, 'code': 'MISSING_PROGRESS', 'item': it})
        for (label, thr, sched) in tg:
            v = figs.get(label) if text else None
            st = status(v, thr, sched, q)
            checks.append({'item': it, 'target': label, 'reported': v, 'status': st, 'cell': pc})
            if text and st != 'ok':
                findings.append({'cell': pc, 'code': CODE[st], 'item': it})
        dk = row.get('dlk', 'ok' if dl else 'empty')
        dcode = {'ok': None, 'empty': 'MISSING_DEADLINE', 'late': 'DEADLINE_LATE', 'bad': 'BAD_DEADLINE'}[dk]
        if dcode:
            findings.append({'cell': L(ci['dl']) + str(r), 'code': dcode, 'item': it})
        r += span
    for line in rep.get('below', []):
        ws.cell(r, c0, line)
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=last)
        r += 1
    for it in nt['items']:
        if it not in present:
            findings.append({'cell': L(ci['num']) + str(hdr), 'code': 'ITEM_MISSING', 'item': it})
    widths = [6, 22, 16, 70, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions[L(c0 + i)].width = w
    for extra in rep.get('extra_sheets_before', []):
        s = wb.create_sheet(extra[0], 0)
        for rr, line in enumerate(extra[1], 1):
            s.cell(rr, 1, line)
    d = os.path.join(OUT, rep['notice'])
    os.makedirs(d, exist_ok=True)
    ext = rep.get('ext', 'xlsx')
    stem = rep['file']
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, stem + '.xlsx')
    wb.save(src)
    if ext == 'xlsx':
        shutil.copy(src, os.path.join(d, stem + '.xlsx'))
    else:
        fil = {'xls': 'xls:MS Excel 97', 'ods': 'ods'}[ext]
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/r9profile', '--headless', '--convert-to', fil, '--outdir', tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, stem + '.' + ext), os.path.join(d, stem + '.' + ext))
    shutil.rmtree(tmp)
    exp = {'rules': nt['rules'], 'year': nt['year'], 'quarter': q}
    if rep.get('option'):
        exp['options'] = {'quarter': q}
    exp['checks'] = checks
    exp['findings'] = findings
    with open(os.path.join(d, stem + '.expected.json'), 'w', encoding='utf-8') as f:
        f.write('{\n')
        f.write('  "rules": %s,\n  "year": %d,\n  "quarter": %d,\n' % (json.dumps(exp['rules']), exp['year'], q))
        if 'options' in exp:
            f.write('  "options": {"quarter": %d},\n' % q)
        f.write('  "checks": [\n' + ',\n'.join('    ' + json.dumps(c, ensure_ascii=False) for c in checks) + '\n  ],\n')
        f.write('  "findings": [\n' + ',\n'.join('    ' + json.dumps(c, ensure_ascii=False) for c in findings) + ('\n' if findings else '') + '  ]\n}\n')
    return exp


if __name__ == '__main__':
    from reports import REPORTS
    only = sys.argv[1:]
    rows = []
    for rep in REPORTS:
        if only and not any(o in rep['file'] for o in only):
            continue
        e = build(rep)
        rows.append((rep['notice'], rep['file'] + '.' + rep.get('ext', 'xlsx'), q := rep['quarter'], len(e['checks']),
                     '; '.join('%s %s(%d)' % (x['cell'], x['code'], x['item']) for x in e['findings'])))
    with open(os.path.join(OUT, 'gen', 'summary.txt'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write('| %s | %s | Q%d | %d | %s |\n' % r)
    print(len(rows), 'reports')
