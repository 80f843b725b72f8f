"""Prints the per-report table of LABELS.md from the expected.json files: python3 gen/table.py"""
import glob, json, os
import core
print('| notice | file | quarter | checks | findings |')
print('|---|---|---|---|---|')
for f in sorted(glob.glob(os.path.join(core.ROOT, '*', '*.expected.json'))):
    e = json.load(open(f))
    stem = os.path.basename(f)[:-len('.expected.json')]
    name = [p for p in os.listdir(os.path.dirname(f)) if p.startswith(stem + '.') and not p.endswith('.json')][0]
    q = 'Q%d' % e['quarter'] + (' (option)' if 'options' in e else '')
    fs = '; '.join(f"{x['cell']} {x['code']}({x['item']})" for x in e['findings']) or '—'
    print(f"| {os.path.basename(os.path.dirname(f))} | {name} | {q} | {len(e['checks'])} | {fs} |")
