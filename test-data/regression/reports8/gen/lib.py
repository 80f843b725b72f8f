"""reports8 generator core: lays out a report, writes it, and writes its label file.
The reported figure of every target is assigned by hand in the report specs (the reading of my own
sentence); statuses and findings follow mechanically from the documented arithmetic."""
import json, os, re, shutil, subprocess, tempfile, datetime
import openpyxl, warnings
warnings.simplefilter("ignore")
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
RULESDIR = os.path.join(SET, '..', '..', '..', 'rules')

SCHED = {None: 'pro-rata', '': 'pro-rata', '按季度均衡': 'pro-rata', '固定比例': 'constant', '到期考核': 'by-deadline'}


def load_rules(year, place):
    wb = openpyxl.load_workbook(os.path.join(RULESDIR, str(year), place + '.xlsx'))
    ws = wb.worksheets[0]
    items = {}
    cur = None
    for r in ws.iter_rows(min_row=5, values_only=True):
        if not isinstance(r[0], (int, float)):
            continue
        n = int(r[0])
        if n not in items:
            items[n] = {'name': r[1], 'alt': [s for s in (r[2] or '').split('、') if s],
                        'units': [[s for s in u.split('/')] for u in (r[3] or '').split('；') if u],
                        'targets': []}
        if r[4]:
            assert not r[10], 'deadline in rules?'
            items[n]['targets'].append({'label': r[4], 'th': float(r[7]), 'unit': r[8],
                                        'sched': SCHED[r[11]]})
    return items


NOTICES = {
    '2021-linzi': (2021, 'linzi'), '2023-zichuan': (2023, 'zichuan'), '2024-linzi': (2024, 'linzi'),
    '2024-boshan': (2024, 'boshan'), '2024-gaoqing': (2024, 'gaoqing')}
_cache = {}


def notice(key):
    if key not in _cache:
        _cache[key] = load_rules(*NOTICES[key])
    return _cache[key]


def norm(s):
    return re.sub(r'[^0-9A-Za-z\u4e00-\u9fff]', '', s or '')


def name_ok(item, text):
    t = norm(re.sub(r'^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)', '', text or ''))
    return t in {norm(item['name'])} | {norm(a) for a in item['alt']}


def units_missing(item, text):
    t = norm(text)
    miss = []
    for group in item['units']:
        ok = False
        for sp in group:
            for v in {sp, re.sub(r'^[区县]', '', sp)}:
                if norm(v) and norm(v) in t:
                    ok = True
        if not ok:
            miss.append(group[0])
    return miss


def status(t, R, q):
    if R is None:
        return 'missing'
    th = t['th']
    if t['sched'] == 'constant':
        return 'ok' if R >= th else 'shortfall'
    if t['sched'] == 'by-deadline':
        if q < 4:
            return 'ok'
        return 'ok' if R >= th else 'shortfall'
    if q < 4:
        return 'ok' if R >= th * q / 4 else 'behind'
    return 'ok' if R >= th else 'shortfall'


CODE = {'behind': 'BEHIND_SCHEDULE', 'shortfall': 'SHORTFALL', 'missing': 'MISSING_FIGURE'}
DLCODE = {'missing': 'MISSING_DEADLINE', 'late': 'DEADLINE_LATE', 'bad': 'BAD_DEADLINE'}

# ---------------------------------------------------------------- numerals
CN = '零一二三四五六七八九'


def cn(n):
    """Chinese numeral for 0 < n < 100000 (一万二千三百, 一百一十, 十二)."""
    n = int(n)
    assert 0 < n < 100000
    parts = []
    units = [(10000, '万'), (1000, '千'), (100, '百'), (10, '十'), (1, '')]
    zero = False
    started = False
    for v, u in units:
        d = n // v
        n %= v
        if d:
            if zero and started:
                parts.append('零')
            zero = False
            if v == 10 and d == 1 and not started:
                parts.append('十')
            else:
                parts.append(CN[d] + u)
            started = True
        elif started:
            zero = True
    return ''.join(parts)


def fw(n):
    return str(n).translate(str.maketrans('0123456789.', '０１２３４５６７８９．'))


# ---------------------------------------------------------------- layout
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical='center')
HEAD_TEXT = {'no': '序号', 'name': '实事名称', 'units': '责任单位', 'progress': '本季度具体措施及任务进度情况',
             'deadline': '完成时限', 'lead': '牵头单位', 'assist': '配合单位'}
WIDTH = {'no': 6, 'name': 24, 'units': 18, 'lead': 14, 'assist': 16, 'progress': 70, 'deadline': 14}


class Row:
    def __init__(self, no, progress, figs=None, name=None, units=None, deadline='default', dl='ok',
                 name_bad=False, units_missing=False, unknown=False, depts=None, lead=None, assist=None):
        self.no, self.progress, self.figs = no, progress, figs or {}
        self.name, self.units, self.deadline, self.dl = name, units, deadline, dl
        self.name_bad, self.umiss, self.unknown = name_bad, units_missing, unknown
        self.depts, self.lead, self.assist = depts, lead, assist


def addr(r, c):
    return get_column_letter(c) + str(r)


def build(spec):
    """Writes spec's workbook (xlsx) to path; returns the expected label dict."""
    key = spec['notice']
    items = notice(key)
    year = NOTICES[key][0]
    q = spec['quarter']
    cols = spec.get('cols', ['no', 'name', 'units', 'progress', 'deadline'])
    heads = dict(HEAD_TEXT)
    heads.update(spec.get('heads', {}))
    r0, c0 = spec.get('start', (3, 1))
    wb = openpyxl.Workbook()
    ws = wb.active
    if spec.get('pre_sheet'):
        ptitle, plines = spec['pre_sheet']
        ws.title = ptitle
        ws.column_dimensions['A'].width = 100
        for i, line in enumerate(plines):
            ws.cell(i + 1, 1, line).alignment = Alignment(wrap_text=True)
        ws = wb.create_sheet()
    ws.title = spec.get('sheet', 'Sheet1')
    C = {k: c0 + i for i, k in enumerate(cols)}
    last = c0 + len(cols) - 1
    for k, c in C.items():
        ws.column_dimensions[get_column_letter(c)].width = WIDTH[k]
    # title lines above the header
    for i, line in enumerate(spec.get('top', [])):
        rr = r0 - len(spec['top']) + i
        if rr < 1:
            raise ValueError('top lines do not fit')
        if line is None:
            continue
        ws.cell(rr, c0, line)
        if spec.get('merge_top', True) and i < spec.get('title_lines', 1):
            ws.merge_cells(start_row=rr, start_column=c0, end_row=rr, end_column=last)
            ws.cell(rr, c0).font = Font(bold=True, size=15)
            ws.cell(rr, c0).alignment = Alignment(horizontal='center', vertical='center')
            ws.row_dimensions[rr].height = 26
    two = 'lead' in cols
    hdr = r0
    for k, c in C.items():
        if two and k in ('lead', 'assist'):
            continue
        ws.cell(hdr, c, heads[k]).alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
        ws.cell(hdr, c).font = Font(bold=True)
        ws.cell(hdr, c).border = BOX
        if two:
            ws.merge_cells(start_row=hdr, start_column=c, end_row=hdr + 1, end_column=c)
    if two:
        ws.cell(hdr, C['lead'], '责任单位').font = Font(bold=True)
        ws.cell(hdr, C['lead']).alignment = Alignment(horizontal='center')
        ws.merge_cells(start_row=hdr, start_column=C['lead'], end_row=hdr, end_column=C['assist'])
        ws.cell(hdr + 1, C['lead'], heads['lead']).font = Font(bold=True)
        ws.cell(hdr + 1, C['assist'], heads['assist']).font = Font(bold=True)
    r = hdr + (2 if two else 1)
    first_item_row = r
    checks, findings, seen = [], [], set()
    dl_merge = spec.get('deadline_merged')
    for row in spec['rows']:
        if row == 'REPEAT_HEADER':
            for k, c in C.items():
                if not (two and k in ('lead', 'assist')):
                    ws.cell(r, c, heads[k]).font = Font(bold=True)
            r += 1
            continue
        n = None
        if not row.unknown:
            n = row_item(row)
            it = items[n]
        nrows = len(row.depts) if row.depts else 1
        no_val = row.no
        ws.cell(r, C['no'], no_val)
        name = row.name if row.name is not None else (items[n]['name'] if n else '')
        ws.cell(r, C['name'], name)
        if row.depts:
            for j, (u, t) in enumerate(row.depts):
                ws.cell(r + j, C['units'], u)
                ws.cell(r + j, C['progress'], t)
            for k in ('no', 'name'):
                ws.merge_cells(start_row=r, start_column=C[k], end_row=r + nrows - 1, end_column=C[k])
            units_text = '\n'.join(u for u, _ in row.depts)
            prog_text = '\n'.join(t for _, t in row.depts)
        else:
            if two:
                ws.cell(r, C['lead'], row.lead)
                ws.cell(r, C['assist'], row.assist)
                units_text = (row.lead or '') + '\n' + (row.assist or '')
            else:
                units_text = row.units if row.units is not None else (spec.get('units_sep', '、').join(g[0] for g in items[n]['units']) if n else '')
                ws.cell(r, C['units'], units_text)
            prog_text = row.progress
            ws.cell(r, C['progress'], row.progress if row.progress else None)
        if not dl_merge:
            dlv = row.deadline
            if dlv == 'default':
                dlv = spec.get('deadline', '%d年12月31日' % year)
            if isinstance(dlv, datetime.date):
                ws.cell(r, C['deadline'], dlv).number_format = 'yyyy"年"m"月"d"日"'
            elif dlv is not None:
                ws.cell(r, C['deadline'], dlv)
            if nrows > 1:
                ws.merge_cells(start_row=r, start_column=C['deadline'], end_row=r + nrows - 1, end_column=C['deadline'])
        for j in range(nrows):
            for c in C.values():
                ws.cell(r + j, c).border = BOX
                ws.cell(r + j, c).alignment = WRAP
        ucell = addr(r, C['lead'] if two else C['units'])
        pcell, dcell = addr(r, C['progress']), addr(r, C['deadline'])
        if dl_merge:
            dcell = addr(first_item_row, C['deadline'])
        if row.unknown:
            findings.append({'cell': addr(r, C['no']), 'code': 'UNKNOWN_ITEM', 'item': int(row.unknown)})
            r += nrows
            continue
        seen.add(n)
        # name
        nb = not name_ok(it, name)
        assert nb == row.name_bad, (spec['file'], n, 'name', name)
        if nb:
            findings.append({'cell': addr(r, C['name']), 'code': 'ITEM_NAME_MISMATCH', 'item': n})
        miss = units_missing(it, units_text)
        assert bool(miss) == row.umiss, (spec['file'], n, 'units', miss)
        if miss:
            findings.append({'cell': ucell, 'code': 'UNIT_MISSING', 'item': n})
        empty = not (prog_text or '').strip()
        if empty:
            findings.append({'cell': pcell, 'code': 'MISSING_PROGRESS', 'item': n})
        labels = {t['label'] for t in it['targets']}
        assert set(row.figs) <= labels, (spec['file'], n, set(row.figs) - labels)
        if not empty:
            assert set(row.figs) == labels, (spec['file'], n, 'figs not labelled', labels - set(row.figs))
        for t in it['targets']:
            R = None if empty else row.figs[t['label']]
            st = status(t, R, q)
            checks.append({'item': n, 'target': t['label'], 'reported': num(R), 'status': st, 'cell': pcell})
            if not empty and st != 'ok':
                findings.append({'cell': pcell, 'code': CODE[st], 'item': n})
        if row.dl != 'ok':
            findings.append({'cell': dcell, 'code': DLCODE[row.dl], 'item': n})
        r += nrows
    if dl_merge:
        v, cls = dl_merge
        ws.cell(first_item_row, C['deadline'], v)
        ws.merge_cells(start_row=first_item_row, start_column=C['deadline'], end_row=r - 1, end_column=C['deadline'])
        if cls != 'ok':
            for n in sorted(seen):
                findings.append({'cell': addr(first_item_row, C['deadline']), 'code': DLCODE[cls], 'item': n})
    for n in sorted(set(items) - seen):
        findings.append({'cell': addr(hdr, C['no']), 'code': 'ITEM_MISSING', 'item': n})
    r += spec.get('gap', 1)
    for line in spec.get('bottom', []):
        if isinstance(line, (list, tuple)):
            for j, v in enumerate(line):
                if v is not None:
                    ws.cell(r, c0 + j, v)
        elif line is not None:
            ws.cell(r, c0, line)
        r += 1
    for extra in spec.get('extra', []):
        extra(ws)
    label = {'rules': 'rules/%d/%s.xlsx' % NOTICES[key], 'year': year, 'quarter': q}
    if spec.get('option'):
        label['options'] = {'quarter': q}
    label['checks'] = checks
    label['findings'] = findings
    return wb, label


def row_item(row):
    if '_item' in row.figs:
        return int(row.figs.pop('_item'))
    s = str(row.no)
    s = s.translate(str.maketrans('０１２３４５６７８９', '0123456789'))
    m = re.search(r'\d+', s)
    if m:
        return int(m.group())
    m = re.search(r'[一二三四五六七八九十]+', s)
    v = m.group()
    return {'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}[v]


def num(v):
    if v is None:
        return None
    return int(v) if float(v) == int(v) else v


def dumps(label):
    out = ['{']
    out.append('  "rules": %s,' % json.dumps(label['rules']))
    out.append('  "year": %d,' % label['year'])
    out.append('  "quarter": %d,' % label['quarter'])
    if 'options' in label:
        out.append('  "options": {"quarter": %d},' % label['options']['quarter'])
    out.append('  "checks": [')
    out.append(',\n'.join('    ' + json.dumps(c, ensure_ascii=False) for c in label['checks']))
    out.append('  ],')
    out.append('  "findings": [')
    out.append(',\n'.join('    ' + json.dumps(f, ensure_ascii=False) for f in label['findings']))
    out.append('  ]')
    out.append('}')
    return '\n'.join(out).replace('[\n\n  ]', '[]') + '\n'


def write(spec):
    wb, label = build(spec)
    folder = os.path.join(SET, spec['notice'])
    os.makedirs(folder, exist_ok=True)
    stem = spec['file']
    fmt = spec.get('fmt', 'xlsx')
    if fmt == 'xlsx':
        wb.save(os.path.join(folder, stem + '.xlsx'))
    else:
        tmp = tempfile.mkdtemp()
        src = os.path.join(tmp, stem + '.xlsx')
        wb.save(src)
        filt = {'xls': 'xls:MS Excel 97', 'ods': 'ods'}[fmt]
        subprocess.run(['soffice', '-env:UserInstallation=file://' + tmp + '/profile', '--headless',
                        '--convert-to', filt, '--outdir', folder, src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert os.path.exists(os.path.join(folder, stem + '.' + fmt))
        shutil.rmtree(tmp)
    with open(os.path.join(folder, stem + '.expected.json'), 'w') as f:
        f.write(dumps(label))
    return label
