# Fills every trans-unit of an XLIFF 1.2 file through translate-toolkit, keeping the source's inline
# codes (<bpt>/<ept>, <it>, <ph>, or <g>, <x/>) where they stand and replacing each run of text with Cyrillic letters by 'Eng<n>',
# as a translator working in a Pootle-style tool would. Prints the number of targets written.
# (The XLIFF 1.2 counterpart of the benchmark's fill_xliff_keep.py.)
import copy
import re
import sys

from translate.storage import xliff

CYR = re.compile(r'[А-Яа-яЁё]')
n = [0]


def fix(t):
    if t and CYR.search(t):
        n[0] += 1
        lead = ' ' if t[:1].isspace() else ''
        trail = ' ' if t[-1:].isspace() else ''
        return f'{lead}Eng{n[0]}{trail}'
    return t


store = xliff.xlifffile.parsefile(sys.argv[1])
filled = 0
for unit in store.units:
    if unit.isheader():
        continue
    unit.target = "x"
    source = unit.getlanguageNode(lang=None, index=0)
    target = unit.getlanguageNode(lang=None, index=1)
    target.text = fix(source.text)
    for child in list(target):
        target.remove(child)
    for code in source:
        kept = copy.deepcopy(code)
        for e in kept.iter():
            e.text = fix(e.text)
            if e is not kept:
                e.tail = fix(e.tail)
        kept.tail = fix(code.tail)
        target.append(kept)
    target.set('state', 'translated')
    unit.markfuzzy(False)
    filled += 1
store.savefile(sys.argv[2])
print(filled)
