"""python3 make.py — writes every report of reports8 and its .expected.json, then LABELS-reports.md (the per-report notes)."""
import os, sys, importlib
from lib import write, SET

MODULES = ['linzi2024', 'boshan2024', 'gaoqing2024', 'zichuan2023', 'linzi2021']


def main(only=None):
    rows, notes = [], []
    from collections import Counter
    codes, stats, fmts, places = Counter(), Counter(), Counter(), Counter()
    clean = 0
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        for spec in mod.REPORTS:
            if only and only not in spec['file']:
                continue
            label = write(spec)
            codes.update(f['code'] for f in label['findings'])
            stats.update(c['status'] for c in label['checks'])
            fmts[spec.get('fmt', 'xlsx')] += 1
            places[spec['notice']] += 1
            clean += not label['findings']
            fname = spec['file'] + '.' + spec.get('fmt', 'xlsx')
            q = 'Q%d%s' % (spec['quarter'], ' (option)' if spec.get('option') else '')
            rows.append('| %s | %s | %s | %d | %d |' % (spec['notice'], fname, q, len(label['checks']), len(label['findings'])))
            fl = '; '.join('%s %s(%d)' % (f['cell'], f['code'], f['item']) for f in label['findings']) or 'none'
            notes.append('### %s/%s\n\n%s\n\nFindings: %s\n' % (spec['notice'], fname, spec.get('note', ''), fl))
    if not only:
        head = open(os.path.join(SET, 'gen', 'labels-head.md')).read()
        with open(os.path.join(SET, 'LABELS.md'), 'w') as f:
            n = sum(places.values())
            head = head.replace('{COUNTS}', '%d filled-in quarterly progress reports over the five notices (%s), in all four '
                                'quarters: %s.' % (n, ', '.join('%s %d' % kv for kv in places.items()),
                                                   ', '.join('%d `.%s`' % (v, k) for k, v in fmts.items())))
            head = head.replace('{TOTALS}', '%d reports, %d target checks (%s), %d findings: %s. %d reports have no finding.' % (
                n, sum(stats.values()), ', '.join('%d %s' % (v, k) for k, v in stats.most_common()), sum(codes.values()),
                ', '.join('%s %d' % (k, v) for k, v in codes.most_common()), clean))
            f.write(head)
            f.write('| notice | file | quarter | checks | findings |\n|---|---|---|---|---|\n' + '\n'.join(rows) + '\n\n')
            f.write('\n'.join(notes))
    print('\n'.join(rows))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else None)
