#!/usr/bin/env bash
# Issue 23's round trip through the jar, measured: an author's DOCX -> import -> XLIFF (2.0 or 1.2)
# -> every target filled keeping the inline codes -> update -> English edition DOCX.
# Usage: bash src/test/scripts/edition_roundtrip.sh [SOURCE.docx] [xliff|xliff12]
# Prints the edition's footnotes, references, styled paragraphs, italic/bold runs against the
# source's, Russian letters left, and whether LibreOffice converts it.
set -euo pipefail
SRC=${1:-src/test/resources/sources/article-004.docx}
FMT=${2:-xliff}
JAR=${JAR:-$(pwd)/target/tandem.jar}
W=$(mktemp -d)
D="--tandem.data-dir=$W/data"
NAME=$(basename "$SRC" .docx)
java -jar "$JAR" import --project Edition "$SRC" "$D" | tail -1
java -jar "$JAR" export --document "$NAME" --format "$FMT" --out "$W/a.xlf" "$D" >/dev/null
if [ "$FMT" = xliff ]; then
  python3 src/test/resources/tools/fill_xliff_keep.py "$W/a.xlf" "$W/b.xlf" >/dev/null
else
  /usr/bin/python3 src/test/resources/tools/fill_xliff12_keep.py "$W/a.xlf" "$W/b.xlf" >/dev/null
fi
java -jar "$JAR" update --document "$NAME" "$W/b.xlf" "$D"
java -jar "$JAR" export --document "$NAME" --format edition-docx --out "$W/e.docx" "$D" >/dev/null
python3 - "$SRC" "$W/e.docx" <<'PY'
import re, sys, zipfile
def facts(path):
    z = zipfile.ZipFile(path)
    doc = z.read('word/document.xml').decode()
    notes = z.read('word/footnotes.xml').decode() if 'word/footnotes.xml' in z.namelist() else ''
    runs = re.findall(r'<w:r>.*?</w:r>|<w:r .*?</w:r>', doc, re.S)
    styled = sum(1 for r in runs if re.search(r'<w:(i|b)( w:val="(1|true|on)")?\s*/>', r) and re.search(r'<w:t[^>]*>\s*\S', r))
    texts = ''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>', doc + notes))
    ids = [i for i in re.findall(r'<w:footnote [^>]*w:id="(-?\d+)"', notes) if int(i) > 0]
    refs = len(re.findall(r'<w:footnoteReference ', doc))
    styles = re.findall(r'<w:pStyle w:val="(Title|Heading\d|Author|Abstract)"', doc)
    return styled, len(ids), refs, styles, len(re.findall('[А-Яа-яЁё]', texts))
s, e = facts(sys.argv[1]), facts(sys.argv[2])
print(f"footnotes {e[1]} (source {s[1]}), references in the text {e[2]} (source {s[2]})")
print(f"styled paragraphs {len(e[3])} {sorted(set(e[3]))} (source {len(s[3])})")
print(f"italic/bold runs {e[0]} of the source's {s[0]}: {e[0] / max(1, s[0]):.2%}")
print(f"Russian letters left {e[4]} (source {s[4]})")
PY
if command -v libreoffice >/dev/null; then
  libreoffice --headless "-env:UserInstallation=file://$W/lo" --convert-to pdf --outdir "$W" "$W/e.docx" >/dev/null 2>&1
  [ -s "$W/e.pdf" ] && echo "LibreOffice: converted to PDF ($(stat -c %s "$W/e.pdf") bytes)" || echo "LibreOffice: FAILED"
fi
rm -rf "$W"
