#!/usr/bin/env bash
# Issue 25's analysis check on a seed article through the jar: a memory of 40 of the article's
# sentences verbatim and 20 with one word changed (sentences of 8+ tokens that occur once), then
# `analyze`. Prints the table, the expected bands, Tandem's word total against a plain count of the
# same segments (runs of letters/digits, hyphenated once) and against `wc -w` (whitespace words, the
# naive baseline), and the time of `analyze` against `memory lookup` of the same 60 sentences.
# Usage: bash src/test/scripts/analysis_seed.sh [seeds/001_9ff9c4e8dcadf0df.txt]
set -euo pipefail
SEED=${1:-seeds/001_9ff9c4e8dcadf0df.txt}
JAR=${JAR:-$(pwd)/target/tandem.jar}
W=$(mktemp -d)
DATA="--tandem.data-dir=$W/data"
NAME=$(basename "$SEED"); NAME=${NAME%.*}
java -jar "$JAR" import --project Quote "$SEED" "$DATA" > /dev/null
java -jar "$JAR" segment "$SEED" > "$W/sentences.txt"
python3 - "$W" <<'PY'
import re, sys, html
w = sys.argv[1]
sents = [s for s in open(f"{w}/sentences.txt", encoding="utf-8").read().split("\n") if s.strip()]
count = {}
for s in sents:
    count[s] = count.get(s, 0) + 1
tok = lambda s: re.findall(r"[\w]+|[^\s\w]", s)
# Russian sentences only: `segment` prints the article's English abstract too, which is no source
picked = [s for s in sents if count[s] == 1 and len(tok(s)) >= 8 and len(re.findall("[а-яё]", s.lower())) > len(s) / 3][:60]
assert len(picked) == 60, len(picked)
def vary(s):
    longest = max(re.findall(r"\w+", s), key=len)
    return s.replace(longest, "переиначенное", 1)
units = [(s, f"Unit {i}.") if i < 40 else (vary(s), f"Unit {i}.") for i, s in enumerate(picked)]
with open(f"{w}/memory.tmx", "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="script" creationtoolversion="1" '
            'segtype="sentence" o-tmf="none" adminlang="en" srclang="ru" datatype="plaintext"/><body>\n')
    for ru, en in units:
        f.write(f'<tu><tuv xml:lang="ru"><seg>{html.escape(ru)}</seg></tuv><tuv xml:lang="en"><seg>{html.escape(en)}</seg></tuv></tu>\n')
    f.write("</body></tmx>\n")
with open(f"{w}/lookup.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(picked) + "\n")
PY
java -jar "$JAR" memory import --project Quote "$W/memory.tmx" "$DATA" | head -1
s=$(date +%s.%N); java -jar "$JAR" analyze --project Quote --document "$NAME" "$DATA" > "$W/analysis.tsv"; e=$(date +%s.%N)
s2=$(date +%s.%N); java -jar "$JAR" memory lookup --project Quote "$W/lookup.txt" "$DATA" > /dev/null; e2=$(date +%s.%N)
java -jar "$JAR" export --document "$NAME" --format xliff --out "$W/doc.xlf" "$DATA" > /dev/null
cat "$W/analysis.tsv"
python3 - "$W" <<'PY'
import re, sys, xml.etree.ElementTree as ET
w = sys.argv[1]
rows = {l.split("\t")[0]: list(map(int, l.split("\t")[1:])) for l in open(f"{w}/analysis.tsv", encoding="utf-8").read().split("\n") if l}
ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
sources = ["".join(s.itertext()) for s in ET.parse(f"{w}/doc.xlf").getroot().iterfind(".//x:unit/x:segment/x:source", ns)]
plain = sum(len(re.findall(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)*", s)) for s in sources)
wc = sum(len(s.split()) for s in sources)
exact = rows["context"][0] + rows["100"][0]
fuzzy = sum(rows[b][0] for b in ("95-99", "85-94", "75-84", "50-74"))
print(f"context+100: {exact} segments (expected 40); fuzzy bands: {fuzzy} (expected 20); repetitions: {rows['repetitions'][0]}")
print(f"words: analysis {rows['total'][1]}, plain count of the exported sources {plain}, wc -w baseline {wc} ({(wc - plain) / plain:+.1%})")
PY
echo "analyze: $(echo "$e - $s" | bc) s; memory lookup of the 60 sentences (baseline, same JVM start-up): $(echo "$e2 - $s2" | bc) s"
rm -rf "$W"
