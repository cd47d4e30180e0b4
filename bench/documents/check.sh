#!/usr/bin/env bash
# Document check without a person (issue 15 item 7). Two sets, each as PDF and DOCX:
#  - presets/: every preset with the memo's worst case, five approvers and long names (PresetDocumentsTest);
#  - demo-years/: every preset for every demo year in deploy/demo/fiscal-years (imported through the real
#    endpoint by ReportDocumentsIT#everyDemoMunicipalitysYearComesOutInEveryPreset; needs PostgreSQL and Redis,
#    ITA_PG_URL / ITA_PG_USER / ITA_PG_PASSWORD / ITA_REDIS_URL as for the ITs).
# Every DOCX is converted by LibreOffice headless with a fresh profile. Run it on a machine with no Thai font
# installed: then Sarabun can only come from the DOCX itself. Fails when a converted DOCX uses any font but Sarabun
# (a fallback), when its page count differs from the PDF's by more than one, when our PDF uses any font but Sarabun,
# or when a page number of the converted DOCX is not in the document's digits. PNG previews of the first pages of
# both in the results folder: look at them.
# Needs: apt-get install libreoffice-writer-nogui poppler-utils (too heavy for the CI test run).
# Usage: bench/documents/check.sh [--no-build]   (--no-build: reuse the files from the last run of the tests)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
for tool in soffice pdffonts pdfinfo pdftoppm pdftotext; do
  command -v "$tool" > /dev/null || { echo "$tool not found: apt-get install libreoffice-writer-nogui poppler-utils" >&2; exit 1; }
done
if fc-list :lang=th family | grep -q .; then
  echo "note: Thai fonts installed here ($(fc-list :lang=th family | head -3 | tr '\n' ' ')); the check is stronger without" >&2
fi
if [ "${1:-}" != "--no-build" ]; then
  (cd "$ROOT" && ./mvnw -q -B -o verify -pl report-service -am -Dtest=PresetDocumentsTest \
    -Dit.test='ReportDocumentsIT#everyDemoMunicipalitysYearComesOutInEveryPreset' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false)
fi
PREVIEWS="$ROOT/report-service/target/report-previews"
OUT="$ROOT/bench/results/documents-check-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
PROFILE="$(mktemp -d)"; trap 'rm -rf "$PROFILE"' EXIT
fonts_of() { pdffonts "$1" | tail -n +3 | awk '{print $1}' | sed 's/^[A-Z]*+//' | sort -u | tr '\n' ' '; }
not_sarabun() { echo "$1" | tr ' ' '\n' | grep -v '^$' | grep -v '^Sarabun' || true; }
{
  echo "| set | document | PDF pages | DOCX→PDF pages (LibreOffice) | fonts in the converted DOCX | page numbers (converted DOCX, page 1) | result |"
  echo "|---|---|---|---|---|---|---|"
  for set in presets demo-years; do
    IN="$PREVIEWS/$set"
    mkdir -p "$OUT/$set/libreoffice"
    soffice --headless "-env:UserInstallation=file://$PROFILE" --convert-to pdf --outdir "$OUT/$set/libreoffice" \
      "$IN"/*.docx > /dev/null 2>&1
    for docx in "$IN"/*.docx; do
      code="$(basename "$docx" .docx)"
      converted="$OUT/$set/libreoffice/$code.pdf"
      ours="$(pdfinfo "$IN/$code.pdf" | awk '/^Pages:/ {print $2}')"
      theirs="$(pdfinfo "$converted" | awk '/^Pages:/ {print $2}')"
      fonts="$(fonts_of "$converted")"
      # The page-number line "หน้า … / …" of the first page, as LibreOffice laid it out.
      pages="$(pdftotext -f 1 -l 1 -layout "$converted" - | grep -o 'หน้า [^ ]* */ *[^ ]*' | head -1 || true)"
      result=ok
      if [ -n "$(not_sarabun "$fonts")" ]; then result="FAIL: fallback font"; fi
      if [ -n "$(not_sarabun "$(fonts_of "$IN/$code.pdf")")" ]; then result="FAIL: our PDF not in Sarabun"; fi
      if [ $(( ours > theirs ? ours - theirs : theirs - ours )) -gt 1 ]; then result="FAIL: page counts"; fi
      if [ -n "$pages" ] && echo "${pages#หน้า}" | LC_ALL=C.UTF-8 grep -qP '[\x{0E01}-\x{0E2E}]'; then result="FAIL: page numbers in letters"; fi
      pdftoppm -r 60 -f 1 -l 1 -png "$IN/$code.pdf" "$OUT/$set/$code-pdf"
      pdftoppm -r 60 -f 1 -l 1 -png "$converted" "$OUT/$set/$code-docx"
      echo "| $set | $code | $ours | $theirs | $fonts | ${pages:-–} | $result |"
    done
  done
} | tee "$OUT/summary.md"
echo "(PNG previews of the first pages and the summary in ${OUT#$ROOT/}; look at them)"
! grep -q 'FAIL' "$OUT/summary.md"
