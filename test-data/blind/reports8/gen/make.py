"""python3 make.py — writes every report of reports8 and its .expected.json, then LABELS-reports.md (the per-report notes)."""
import os, sys, importlib
from lib import write, SET

MODULES = ['linzi2024', 'boshan2024', 'gaoqing2024', 'zichuan2023', 'linzi2021']


def main(only=None):
    rows, notes = [], []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        for spec in mod.REPORTS:
            if only and only not in spec['file']:
                continue
            label = write(spec)
            fname = spec['file'] + '.' + spec.get('fmt', 'xlsx')
            q = 'Q%d%s' % (spec['quarter'], ' (option)' if spec.get('option') else '')
            rows.append('| %s | %s | %s | %d | %d |' % (spec['notice'], fname, q, len(label['checks']), len(label['findings'])))
            fl = '; '.join('%s %s(%d)' % (f['cell'], f['code'], f['item']) for f in label['findings']) or 'none'
            notes.append('### %s/%s\n\n%s\n\nFindings: %s\n' % (spec['notice'], fname, spec.get('note', ''), fl))
    if not only:
        with open(os.path.join(SET, 'gen', 'reports-table.md'), 'w') as f:
            f.write('| notice | file | quarter | checks | findings |\n|---|---|---|---|---|\n' + '\n'.join(rows) + '\n\n')
            f.write('\n'.join(notes))
    print('\n'.join(rows))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else None)
