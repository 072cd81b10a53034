#!/usr/bin/env bash
# Tandem's TMX into OmegaT 3.6 (console mode) and OmegaT's XLIFF back, measured on an author's DOCX:
# one copy translated in Tandem keeping every code (fill_xliff_keep.py), its TMX as OmegaT's project
# memory; an untranslated copy's XLIFF 1.2 (target = source, as OmegaT translates targets) as OmegaT's
# source; console-translate; update. Prints how many segments OmegaT filled and whether their codes came back.
# Usage: bash src/test/scripts/omegat_roundtrip.sh [SOURCE.docx]   (needs the omegat Debian package)
set -euo pipefail
SRC=${1:-src/test/resources/sources/article-004.docx}
JAR=${JAR:-$(pwd)/target/tandem.jar}
W=$(mktemp -d)
D="--tandem.data-dir=$W/data"
NAME=$(basename "$SRC" .docx)
cp "$SRC" "$W/$NAME.docx"; cp "$SRC" "$W/$NAME-copy.docx"
java -jar "$JAR" import --project OmegaT "$W/$NAME.docx" "$W/$NAME-copy.docx" "$D" >/dev/null
java -jar "$JAR" export --document "$NAME" --format xliff --out "$W/a.xlf" "$D" >/dev/null
python3 src/test/resources/tools/fill_xliff_keep.py "$W/a.xlf" "$W/b.xlf" >/dev/null
java -jar "$JAR" update --document "$NAME" "$W/b.xlf" "$D" >/dev/null
P="$W/omegat"; mkdir -p "$P"/{source,target,tm,glossary,dictionary,omegat}
cat > "$P/omegat.project" <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat><project version="1.0"><source_dir>__DEFAULT__</source_dir><target_dir>__DEFAULT__</target_dir>
<tm_dir>__DEFAULT__</tm_dir><glossary_dir>__DEFAULT__</glossary_dir><glossary_file>__DEFAULT__</glossary_file>
<dictionary_dir>__DEFAULT__</dictionary_dir><source_lang>RU</source_lang><target_lang>EN-US</target_lang>
<source_tok>org.omegat.tokenizer.LuceneRussianTokenizer</source_tok><target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
<sentence_seg>false</sentence_seg><support_default_translations>true</support_default_translations><remove_tags>false</remove_tags>
</project></omegat>
XML
printf '<?xml version="1.0" encoding="UTF-8"?>\n<filters removeTags="false"/>\n' > "$P/omegat/filters.xml"
java -jar "$JAR" export --document "$NAME" --format tmx --out "$P/omegat/project_save.tmx" "$D" >/dev/null
java -jar "$JAR" export --document "$NAME-copy" --format xliff12 --out "$W/c.xlf" "$D" >/dev/null
python3 - "$W/c.xlf" "$P/source/$NAME.xlf" <<'PY'
import re, sys
x = open(sys.argv[1], encoding='utf-8').read()
x = re.sub(r'(?s)<target[^>]*>.*?</target>', '', x)
x = re.sub(r'(?s)<source>(.*?)</source>', r'<source>\1</source><target>\1</target>', x)
open(sys.argv[2], 'w', encoding='utf-8').write(x)
PY
java -Djava.awt.headless=true -jar /usr/share/omegat/OmegaT.jar "$P" --mode=console-translate >"$W/omegat.log" 2>&1
python3 - "$P/target/$NAME.xlf" <<'PY'
import re, sys
x = open(sys.argv[1], encoding='utf-8').read()
units = re.findall(r'(?s)<source>(.*?)</source><target[^>]*>(.*?)</target>', x)
marked = [u for u in units if '<ph' in u[0]]
coded = [u for u in units if '<bpt' in u[0] or '<it' in u[0]]
filled = lambda us: sum(1 for s, t in us if t != s or not re.search('[А-Яа-я]', s))
print(f"units {len(units)}: filled by OmegaT from Tandem's TMX {filled(units)}")
print(f"  with formatting codes, no marker: {filled([u for u in coded if u not in marked])} of {len([u for u in coded if u not in marked])}")
print(f"  with a footnote marker: {filled(marked)} of {len(marked)}")
PY
java -jar "$JAR" update --document "$NAME-copy" "$P/target/$NAME.xlf" "$D"
rm -rf "$W"
