# Each labelled figure must be written in its progress cell (Arabic, full-width, Chinese or 万 form);
# run after build.py: python3 gen/selfcheck.py
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from reports import REPORTS, fw, cn
bad = 0
for rep in REPORTS:
    for row in rep['rows']:
        text = '\n'.join(t for _, t in row['depts']) if row.get('depts') else row.get('text', '')
        for tgt, v in (row.get('figs') or {}).items():
            if v is None or not text:
                continue
            forms = {('%g' % v)}
            if float(v).is_integer():
                iv = int(v)
                forms |= {fw(iv), cn(iv)}
                if iv >= 1000:
                    forms.add('%g万' % (iv / 10000))
            if not any(f in text for f in forms):
                bad += 1
                print(rep['file'], row.get('item'), tgt, v, 'not in text')
print('selfcheck:', bad, 'problems')
