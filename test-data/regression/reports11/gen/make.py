"""Writes every report of reports11 and its expected.json: python3 gen/make.py"""
import os, shutil, warnings
warnings.filterwarnings('ignore')
import core
import r2024linzi
OUT = core.ROOT
mods = [r2024linzi]
for extra in ('r2024boshan', 'r2024gaoqing', 'r2023zichuan', 'r2021linzi', 'extra', 'extra2'):
    try:
        mods.append(__import__(extra))
    except ModuleNotFoundError:
        pass
for m in mods:
    for spec in m.REPORTS:
        exp = core.build(spec, OUT)
        print(spec['notice'], spec['file'], 'Q%d' % spec['q'], len(exp['checks']), len(exp['findings']))
shutil.rmtree(os.path.join(OUT, '.conv'), ignore_errors=True)
