"""Mechanical cross-check of the hand labels: every labelled figure appears in its row's text in some spelling,
followed by one of the target's unit spellings, and some keyword of the target appears in the text."""
import importlib, re, openpyxl, os, warnings
warnings.simplefilter('ignore')
from lib import notice, cn, fw, row_item, RULESDIR, NOTICES

def kw(key):
    y, p = NOTICES[key]
    ws = openpyxl.load_workbook(os.path.join(RULESDIR, str(y), p + '.xlsx')).worksheets[0]
    out = {}
    for r in ws.iter_rows(min_row=5, values_only=True):
        if isinstance(r[0], (int, float)) and r[4]:
            out[r[4]] = ([k for k in (r[5] or r[4]).split('、')], [r[8]] + [u for u in (r[9] or '').split('、') if u])
    return out

def spellings(v):
    v = float(v)
    out = set()
    s = ('%d' % v) if v == int(v) else ('%s' % v)
    out |= {s, fw(s)}
    if v == int(v) and 0 < v < 100000:
        out.add(cn(int(v)))
    if v >= 1000:
        w = v / 10000
        out.add(('%g' % w) + '万')
    return out

bad = 0
for m in ['linzi2024', 'boshan2024', 'gaoqing2024', 'zichuan2023', 'linzi2021']:
    for spec in importlib.import_module(m).REPORTS:
        K = kw(spec['notice'])
        for row in spec['rows']:
            if row == 'REPEAT_HEADER' or row.unknown:
                continue
            text = row.progress if not row.depts else '\n'.join(t for _, t in row.depts)
            for label, v in row.figs.items():
                if v is None:
                    continue
                keys, units = K[label]
                ok = False
                for sp in spellings(v):
                    for u in units:
                        if re.search(re.escape(sp) + r'(余|多)?' + re.escape(u) + (r'(?!次)' if u == '人' else ''), text):
                            ok = True
                if not ok:
                    bad += 1; print('FIGURE?', spec['file'], label, v, '|', text[:80])
                if not any(k in text for k in keys):
                    bad += 1; print('KEYWORD?', spec['file'], label, keys, '|', text[:80])
print('problems:', bad)

# distractors: every number followed by a unit of one of the item's targets that is not a labelled figure
NUM = r'([0-9０-９.．]+|[零一二两三四五六七八九十百千万]+)(余|多)?'
print('\n--- distractors (number + a unit of this item, not the labelled figure) ---')
for m in ['linzi2024', 'boshan2024', 'gaoqing2024', 'zichuan2023', 'linzi2021']:
    for spec in importlib.import_module(m).REPORTS:
        K = kw(spec['notice'])
        items = notice(spec['notice'])
        for row in spec['rows']:
            if row == 'REPEAT_HEADER' or row.unknown:
                continue
            n = row_item(row)
            text = row.progress if not row.depts else '\n'.join(t for _, t in row.depts)
            if not text:
                continue
            units = set()
            for t in items[n]['targets']:
                units |= set(K[t['label']][1])
            labelled = set()
            for v in row.figs.values():
                if v is not None:
                    labelled |= spellings(v)
            for u in sorted(units, key=len, reverse=True):
                for mm in re.finditer(NUM + re.escape(u), text):
                    after = text[mm.end():mm.end() + 1]
                    if u == '人' and after == '次':
                        continue
                    if u in ('个', '场', '处') and text[mm.end() - len(u):mm.end() + 2] in ('个班次',):
                        pass
                    if mm.group(1) in labelled:
                        continue
                    ctx = text[max(0, mm.start() - 14):mm.end() + 6].replace('\n', ' ')
                    print('%s | item %d | %s%s | …%s…' % (spec['file'], n, mm.group(1), u, ctx))
