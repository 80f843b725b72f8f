"""Builds one report workbook and its hand labels.

Every figure in `figs` is the author's reading of the sentence he wrote; statuses and findings are
worked out from those figures with the documented arithmetic (checking contract §2, §4; README).
"""
import json, math, os, re, subprocess, shutil
from fractions import Fraction
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES_DIR = os.path.join(ROOT, '..', '..', '..', 'rules')

FW = str.maketrans('0123456789.', '０１２３４５６７８９．')
CN = '零一二三四五六七八九'


def fw(n):
    """Full-width digits."""
    return str(n).translate(FW)


def cn(n):
    """Chinese numerals for 0..99999 (一万二千三百, 十二, 一百零五)."""
    n = int(n)
    if n == 0:
        return '零'
    units = [(10000, '万'), (1000, '千'), (100, '百'), (10, '十')]
    out, zero = '', False
    for v, u in units:
        d, n = divmod(n, v)
        if d:
            if zero:
                out += '零'
            out += ('' if (v == 10 and d == 1 and not out) else CN[d]) + u
            zero = False
        elif out:
            zero = True
    if n:
        if zero:
            out += '零'
        out += CN[n]
    return out


def load_rules(year, place):
    path = os.path.join(RULES_DIR, str(year), place + '.xlsx')
    ws = openpyxl.load_workbook(path).worksheets[0]
    items, cur = {}, None
    for r in range(6, ws.max_row + 1):
        v = [ws.cell(r, c).value for c in range(1, 14)]
        if v[0] is None:
            continue
        no = int(v[0])
        if no not in items:
            units = [u.split('/') for u in (v[3] or '').split('；') if u]
            names = [v[1]] + ([x for x in (v[2] or '').split('、') if x])
            items[no] = dict(no=no, names=names, units=units, targets=[])
        if v[4]:
            items[no]['targets'].append(dict(label=v[4], thr=Fraction(str(v[7])), unit=v[8],
                                             sched={'到期考核': 'by-deadline', '固定比例': 'constant'}.get(v[11], 'pro-rata')))
    return items


NOTICES = {
    '2021-linzi': (2021, 'linzi'), '2023-zichuan': (2023, 'zichuan'), '2024-linzi': (2024, 'linzi'),
    '2024-boshan': (2024, 'boshan'), '2024-gaoqing': (2024, 'gaoqing'),
}

PUNCT = re.compile(r'[\s\u3000、，,。；;：:“”"‘’\'（）()《》〈〉【】\[\]·—\-/]')


def norm(s):
    return PUNCT.sub('', s or '')


def unit_present(spellings, cell):
    c = norm(cell)
    for s in spellings:
        for v in (s, re.sub('^[区县]', '', s)):
            if norm(v) and norm(v) in c:
                return True
    return False


def name_ok(names, cell):
    c = re.sub(r'^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)', '', (cell or '').strip())
    return norm(c) in [norm(n) for n in names]


def status(t, r, q):
    if r is None:
        return 'missing'
    if t['sched'] == 'constant':
        return 'ok' if r >= t['thr'] else 'shortfall'
    if q == 4:
        return 'ok' if r >= t['thr'] else 'shortfall'
    if t['sched'] == 'by-deadline':
        return 'ok'
    return 'ok' if Fraction(str(r)) >= t['thr'] * q / 4 else 'behind'


THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(spec, outdir):
    """spec: notice, file, q, title (list of lines), pre (lines above header), col0, header (list of 5 texts),
    remark_header, rows, notes, options_q, expect (dict of hand-expected UNIT/NAME flags to cross-check)."""
    year, place = NOTICES[spec['notice']]
    items = load_rules(year, place)
    q = spec['q']
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = spec.get('sheet', 'Sheet1')
    if spec.get('first_sheet'):
        ws.title = spec['first_sheet'][0]
        for i, line in enumerate(spec['first_sheet'][1]):
            ws.cell(i + 1, 1, line)
        ws = wb.create_sheet(spec.get('sheet', 'Sheet2'))
    c0 = spec.get('col0', 1)
    ncols = 5 + (1 if spec.get('remark_header') else 0)
    r = 1
    for line in spec['title']:
        ws.cell(r, c0, line).font = Font(bold=True, size=14)
        ws.cell(r, c0).alignment = Alignment(horizontal='center')
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + ncols - 1)
        r += 1
    for line in spec.get('pre', []):
        if isinstance(line, tuple):
            ws.cell(r, c0, line[0]); ws.cell(r, c0 + 3, line[1])
        else:
            ws.cell(r, c0, line)
        r += 1
    header = spec.get('header', ['序号', '实事名称', '责任单位', '本季度具体措施及任务进度情况', '完成时限'])
    if spec.get('remark_header'):
        header = header + [spec['remark_header']]
    hdr_row = r
    for i, h in enumerate(header):
        c = ws.cell(r, c0 + i, h)
        c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center'); c.border = BOX
    r += 1
    L = lambda col: get_column_letter(c0 + col)
    checks, findings, seen = [], [], set()
    for row in spec['rows']:
        subs = row.get('sub') or [(row.get('units'), row.get('prog'))]
        top = r
        for k, (u, p) in enumerate(subs):
            if k == 0:
                ws.cell(r, c0, row['no'])
                ws.cell(r, c0 + 1, row.get('name'))
                if row.get('dl') is not None:
                    ws.cell(r, c0 + 4, row['dl'])
            ws.cell(r, c0 + 2, u)
            ws.cell(r, c0 + 3, p)
            if row.get('remark') and k == 0:
                ws.cell(r, c0 + 5, row['remark'])
            for i in range(ncols):
                ws.cell(r, c0 + i).alignment = Alignment(wrap_text=True, vertical='center')
                ws.cell(r, c0 + i).border = BOX
            r += 1
        if len(subs) > 1:
            for col in (0, 1, 4):
                ws.merge_cells(start_row=top, start_column=c0 + col, end_row=r - 1, end_column=c0 + col)
        no = row['item']
        addr = lambda col: f'{L(col)}{top}'
        if no not in items:
            findings.append(dict(cell=addr(0), code='UNKNOWN_ITEM', item=no))
            continue
        it = items[no]
        seen.add(no)
        name = row.get('name')
        nm_ok = name_ok(it['names'], name)
        assert nm_ok == (not row.get('name_bad', False)), (spec['file'], no, name)
        if not nm_ok:
            findings.append(dict(cell=addr(1), code='ITEM_NAME_MISMATCH', item=no))
        units_text = '\n'.join(u or '' for u, _ in subs)
        missing = [s[0] for s in it['units'] if not unit_present(s, units_text)]
        assert missing == row.get('units_missing', []), (spec['file'], no, missing)
        if missing:
            findings.append(dict(cell=addr(2), code='UNIT_MISSING', item=no))
        prog_empty = all(not (p or '').strip() for _, p in subs)
        figs = row.get('figs', {})
        assert set(figs) <= {t['label'] for t in it['targets']}, (spec['file'], no, figs)
        if prog_empty:
            findings.append(dict(cell=addr(3), code='MISSING_PROGRESS', item=no))
        for t in it['targets']:
            rep = None if prog_empty else figs.get(t['label'])
            if not prog_empty:
                assert t['label'] in figs, (spec['file'], no, t['label'])
            st = status(t, rep, q)
            checks.append(dict(item=no, target=t['label'], reported=rep, status=st, cell=addr(3)))
            if st == 'missing' and not prog_empty:
                findings.append(dict(cell=addr(3), code='MISSING_FIGURE', item=no))
            elif st == 'behind':
                findings.append(dict(cell=addr(3), code='BEHIND_SCHEDULE', item=no))
            elif st == 'shortfall':
                findings.append(dict(cell=addr(3), code='SHORTFALL', item=no))
        dk = row.get('dl_kind', 'ok')
        assert (dk == 'missing') == (row.get('dl') in (None, '')), (spec['file'], no)
        code = {'missing': 'MISSING_DEADLINE', 'late': 'DEADLINE_LATE', 'bad': 'BAD_DEADLINE'}.get(dk)
        if code:
            findings.append(dict(cell=addr(4), code=code, item=no))
    last = r - 1
    for no in items:
        if no not in seen:
            findings.append(dict(cell=f'{L(0)}{hdr_row}', code='ITEM_MISSING', item=no))
    r += spec.get('gap', 0)
    for line in spec.get('notes', []):
        ws.cell(r, c0, line)
        r += 1
    widths = [6, 26, 16, 70, 14, 24]
    for i in range(ncols):
        ws.column_dimensions[L(i)].width = widths[i]
    stem = os.path.splitext(spec['file'])[0]
    d = os.path.join(outdir, spec['notice'])
    os.makedirs(d, exist_ok=True)
    ext = os.path.splitext(spec['file'])[1][1:]
    xlsx = os.path.join(d, stem + '.xlsx')
    wb.save(xlsx)
    if ext != 'xlsx':
        tmp = os.path.join(outdir, '.conv')
        os.makedirs(tmp, exist_ok=True)
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/reports11-lo', '--headless', '--convert-to', ext, '--outdir', tmp, xlsx],
                       check=True, capture_output=True)
        shutil.move(os.path.join(tmp, stem + '.' + ext), os.path.join(d, spec['file']))
        os.remove(xlsx)
    exp = dict(rules=f'rules/{year}/{place}.xlsx', year=year, quarter=q)
    if spec.get('options_q'):
        exp['options'] = dict(quarter=spec['options_q'])
    exp['checks'] = checks
    exp['findings'] = findings
    for c in checks:
        if c['reported'] is not None and float(c['reported']).is_integer():
            c['reported'] = int(c['reported'])
    with open(os.path.join(d, stem + '.expected.json'), 'w', encoding='utf-8') as f:
        f.write(dump_json(exp))
    return exp


def dump_json(exp):
    def line(o):
        return json.dumps(o, ensure_ascii=False)
    out = ['{']
    keys = [k for k in exp if k not in ('checks', 'findings')]
    for k in keys:
        out.append(f'  "{k}": {line(exp[k])},')
    out.append('  "checks": [')
    out.append(',\n'.join('    ' + line(c) for c in exp['checks']))
    out.append('  ],')
    out.append('  "findings": [')
    out.append(',\n'.join('    ' + line(c) for c in exp['findings']))
    out.append('  ]')
    out.append('}')
    return '\n'.join(out) + '\n'
