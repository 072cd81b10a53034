# Fills every trans-unit of an XLIFF 1.2 file through translate-toolkit, as a Pootle-style tool would:
# target "EN <unit id> " followed by the source's inline codes, state translated. Prints the unit count.
import copy
import sys

from translate.storage import xliff

store = xliff.xlifffile.parsefile(sys.argv[1])
filled = 0
for unit in store.units:
    if unit.isheader():
        continue
    unit.target = "EN " + unit.xmlelement.get("id") + " "
    source = unit.getlanguageNode(lang=None, index=0)
    target = unit.getlanguageNode(lang=None, index=1)
    for code in source:
        kept = copy.deepcopy(code)
        kept.tail = None
        target.append(kept)
    unit.markfuzzy(False)
    filled += 1
store.savefile(sys.argv[2])
print(filled)
