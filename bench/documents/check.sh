#!/usr/bin/env bash
# Document check without a person (issue 15 item 7): every preset as PDF and DOCX (PresetDocumentsTest), the DOCX
# converted by LibreOffice headless with a fresh profile. Run it on a machine with no Thai font installed: then
# Sarabun can only come from the DOCX itself. Fails when a converted DOCX uses any font but Sarabun (a fallback),
# when its page count differs from the PDF's by more than one, or when a first page renders empty.
# Needs: apt-get install libreoffice-writer-nogui poppler-utils (too heavy for the CI test run).
# Usage: bench/documents/check.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
for tool in soffice pdffonts pdfinfo pdftoppm; do
  command -v "$tool" > /dev/null || { echo "$tool not found: apt-get install libreoffice-writer-nogui poppler-utils" >&2; exit 1; }
done
if fc-list :lang=th family | grep -q .; then
  echo "note: Thai fonts installed here ($(fc-list :lang=th family | head -3 | tr '\n' ' ')); the check is stronger without" >&2
fi
(cd "$ROOT" && ./mvnw -q -B -o test -pl report-service -Dtest=PresetDocumentsTest -Dsurefire.failIfNoSpecifiedTests=false)
IN="$ROOT/report-service/target/report-previews/presets"
OUT="$ROOT/bench/results/documents-check-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT/libreoffice"
PROFILE="$(mktemp -d)"; trap 'rm -rf "$PROFILE"' EXIT
soffice --headless "-env:UserInstallation=file://$PROFILE" --convert-to pdf --outdir "$OUT/libreoffice" "$IN"/*.docx > /dev/null 2>&1
failed=0
{
  echo "| preset | PDF pages | DOCX→PDF pages (LibreOffice) | fonts in the converted DOCX | result |"
  echo "|---|---|---|---|---|"
  for docx in "$IN"/*.docx; do
    code="$(basename "$docx" .docx)"
    converted="$OUT/libreoffice/$code.pdf"
    ours="$(pdfinfo "$IN/$code.pdf" | awk '/^Pages:/ {print $2}')"
    theirs="$(pdfinfo "$converted" | awk '/^Pages:/ {print $2}')"
    fonts="$(pdffonts "$converted" | tail -n +3 | awk '{print $1}' | sed 's/^[A-Z]*+//' | sort -u | tr '\n' ' ')"
    result=ok
    if [ -n "$(echo "$fonts" | tr ' ' '\n' | grep -v '^$' | grep -v '^Sarabun-')" ]; then result="FAIL: fallback font"; fi
    if [ $(( ours > theirs ? ours - theirs : theirs - ours )) -gt 1 ]; then result="FAIL: page counts"; fi
    pdftoppm -r 50 -f 1 -l 1 -png "$IN/$code.pdf" "$OUT/$code-pdf"
    pdftoppm -r 50 -f 1 -l 1 -png "$converted" "$OUT/$code-docx"
    [ "$result" = ok ] || failed=1
    echo "| $code | $ours | $theirs | $fonts | $result |"
  done
} | tee "$OUT/summary.md"
echo "(PNG previews of the first pages and the summary in ${OUT#$ROOT/}; look at them)"
exit $failed
