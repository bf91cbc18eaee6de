#!/usr/bin/env bash
# Renders the committed DOCX fixtures with LibreOffice: X.pdf and X.doc beside each fixtures/X.docx,
# plus fixtures/tangshan-gxj-2024-libreoffice.docx (the POI DOCX re-saved by LibreOffice).
# Run from anywhere; installs LibreOffice Writer and Noto CJK fonts when missing (needs root/apt).
set -euo pipefail
cd "$(dirname "$0")/.."
FIX=fixtures

if ! command -v soffice >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y libreoffice-writer-nogui fonts-noto-cjk
fi

# Map the Chinese fonts the documents ask for (宋体, 黑体, SimSun, SimHei) to Noto CJK SC, so the
# rendering uses simplified-Chinese glyphs instead of whatever fallback fontconfig picks.
FCDIR=$(mktemp -d)
PROFILE=$(mktemp -d)
trap 'rm -rf "$FCDIR" "$PROFILE"' EXIT
cat > "$FCDIR/fonts.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimSun</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimHei</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>Times New Roman</family><prefer><family>Liberation Serif</family><family>DejaVu Serif</family></prefer></alias>
</fontconfig>
XML
export FONTCONFIG_FILE="$FCDIR/fonts.conf"
SOFFICE=(soffice --headless --norestore "-env:UserInstallation=file://$PROFILE")

docs=(tangshan-gxj-2024 tangshan-gxj-2024-autonum tangshan-gxj-2024-corrected project-eval-sample self-eval-form-sample)
# Word bookmarks become the PDF's named destinations (as _Toc… names; LibreOffice writes them as 5FToc…)
PDF_EXPORT='pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}'
for d in "${docs[@]}"; do
  "${SOFFICE[@]}" --convert-to "$PDF_EXPORT" --outdir "$FIX" "$FIX/$d.docx"
  "${SOFFICE[@]}" --convert-to 'doc:MS Word 97' --outdir "$FIX" "$FIX/$d.docx"
done

# A DOCX written by another program: LibreOffice loads the POI file and saves it as DOCX.
OUT=$(mktemp -d)
"${SOFFICE[@]}" --convert-to 'docx:MS Word 2007 XML' --outdir "$OUT" "$FIX/tangshan-gxj-2024.docx"
mv "$OUT/tangshan-gxj-2024.docx" "$FIX/tangshan-gxj-2024-libreoffice.docx"
rmdir "$OUT"
ls -l "$FIX"
