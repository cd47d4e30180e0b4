#!/usr/bin/env bash
# Document check without a person (issue 15 item 7). Two sets, each as PDF and DOCX:
#  - presets/: every preset with the memo's worst case, five approvers and long names (PresetDocumentsTest);
#  - demo-years/: every preset for every demo year in deploy/demo/fiscal-years (imported through the real
#    endpoint by ReportDocumentsIT#everyDemoMunicipalitysYearComesOutInEveryPreset; needs PostgreSQL and Redis,
#    ITA_PG_URL / ITA_PG_USER / ITA_PG_PASSWORD / ITA_REDIS_URL as for the ITs).
# Every DOCX is converted by LibreOffice headless with a fresh profile. Run it on a machine with no Thai font
# installed: then Sarabun can only come from the DOCX itself. Fails when a converted DOCX uses any font but Sarabun
# (a fallback), when its page count differs from the PDF's by more than one, when our PDF uses any font but Sarabun,
# or when an archival PDF (format=pdfa, PdfArchiveRendererTest) is not valid PDF/A-2u for veraPDF. A converted
# DOCX whose page numbers come out in Thai letters is noted, not failed: LibreOffice 7.4 has no import for Word's
# Thai-digit page numbers (decision 0008). PNG previews of the first pages of both in the results folder: look at
# them. veraPDF (greenfield, from Maven Central) is fetched once into its own local repository, never ~/.m2.
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
  (cd "$ROOT" && ./mvnw -q -B -o verify -pl report-service -am -Dtest='PresetDocumentsTest,PdfArchiveRendererTest' \
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
      if [ -n "$pages" ] && echo "${pages#หน้า}" | LC_ALL=C.UTF-8 grep -qP '[\x{0E01}-\x{0E2E}]'; then
        pages="$pages (Thai letters: LibreOffice 7.4)"
      fi
      pdftoppm -r 60 -f 1 -l 1 -png "$IN/$code.pdf" "$OUT/$set/$code-pdf"
      pdftoppm -r 60 -f 1 -l 1 -png "$converted" "$OUT/$set/$code-docx"
      echo "| $set | $code | $ours | $theirs | $fonts | ${pages:-–} | $result |"
    done
  done
  echo
  echo "| archival PDF (format=pdfa) | veraPDF ${VERAPDF_VERSION:=1.28.2}, PDF/A-2u | failed rules |"
  echo "|---|---|---|"
  VERA_REPO="${XDG_CACHE_HOME:-$HOME/.cache}/prongsai-verapdf/m2"
  VERA_DIR="$(dirname "$VERA_REPO")"
  mkdir -p "$VERA_DIR"
  # 1.30.x does not resolve from Central (its wcag-algorithms 1.30 is not published there).
  cat > "$VERA_DIR/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>local</groupId><artifactId>verapdf-check</artifactId><version>1</version>
<dependencies><dependency><groupId>org.verapdf</groupId><artifactId>validation-model</artifactId>
<version>$VERAPDF_VERSION</version></dependency></dependencies></project>
POM
  (cd "$VERA_DIR" && "$ROOT/mvnw" -q -B dependency:build-classpath -Dmdep.outputFile=classpath.txt \
    "-Dmaven.repo.local=$VERA_REPO" > build.log 2>&1) || { echo "| – | veraPDF not fetched: see $VERA_DIR/build.log | FAIL |"; }
  cat > "$VERA_DIR/Validate.java" <<'JAVA'
import java.io.FileInputStream;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Prints "| file | valid or not | failed clauses |" for each PDF given, validated as PDF/A-2u. */
public class Validate {
    public static void main(String[] files) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (String f : files) {
            try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                    PDFAParser parser = foundry.createParser(new FileInputStream(f), PDFAFlavour.PDFA_2_U);
                    PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFA_2_U, false)) {
                ValidationResult r = validator.validate(parser);
                Map<String, Integer> failed = new TreeMap<>();
                for (TestAssertion a : r.getTestAssertions()) {
                    if (a.getStatus() == TestAssertion.Status.FAILED) {
                        failed.merge(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(), 1, Integer::sum);
                    }
                }
                String name = f.substring(f.lastIndexOf('/') + 1);
                System.out.println("| " + name + " | " + (r.isCompliant() ? "ok" : "FAIL: not PDF/A-2u") + " | "
                        + (failed.isEmpty() ? "–" : failed.toString()) + " |");
            }
        }
    }
}
JAVA
  if [ -f "$VERA_DIR/classpath.txt" ]; then
    java -cp "$(cat "$VERA_DIR/classpath.txt")" "$VERA_DIR/Validate.java" "$PREVIEWS"/pdfa/*.pdf 2> "$OUT/verapdf.log" \
      || echo "| – | veraPDF did not run: see verapdf.log | FAIL |"
  fi
} | tee "$OUT/summary.md"
echo "(PNG previews of the first pages and the summary in ${OUT#$ROOT/}; look at them)"
! grep -q 'FAIL' "$OUT/summary.md"
