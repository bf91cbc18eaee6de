#!/usr/bin/env bash
# Installs the Debian packages the tests need, only those that are missing. `mvn test` runs it
# (exec-maven-plugin, phase process-test-classes), so the README's test command works on a fresh
# machine; run it by hand too. A no-op when everything is present (no apt, no network, no root
# needed then). When something is missing it runs apt-get (as root, or through sudo when that
# works without a password); if that is impossible or fails it says what is missing and exits 1.
#
# One line per package: "<debian package> <file that proves it is installed>". Owners: serve
# (browser tests: chromium, its driver, a CJK font for the screenshots), ocr (the Tesseract fallback
# of scanned-page reading and its Chinese data).
set -uo pipefail

PACKAGES=(
  "chromium /usr/bin/chromium"
  "chromium-driver /usr/bin/chromedriver"
  "fonts-wqy-microhei /usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
  "tesseract-ocr /usr/bin/tesseract"
  "tesseract-ocr-chi-sim /usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata"
)

if [ "${HECHA_SKIP_PACKAGES:-}" = "1" ]; then
  echo "install-test-packages: HECHA_SKIP_PACKAGES=1, not checking" >&2
  exit 0
fi

missing=()
for line in "${PACKAGES[@]}"; do
  read -r pkg proof <<<"$line"
  if [ ! -e "$proof" ]; then missing+=("$pkg"); fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-test-packages: installing ${missing[*]}" >&2
run=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    run=(sudo -n)
  else
    echo "install-test-packages: missing ${missing[*]} and not root (no password-less sudo): install them with apt-get" >&2
    exit 1
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-packages: missing ${missing[*]} and apt-get is not available: install them by hand" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Install from the lists already there first; refresh them only when that fails (stale or none).
if ! "${run[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >&2; then
  "${run[@]}" apt-get update -q >&2 || true
  if ! "${run[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >&2; then
    echo "install-test-packages: apt-get could not install ${missing[*]}" >&2
    exit 1
  fi
fi
for line in "${PACKAGES[@]}"; do
  read -r pkg proof <<<"$line"
  if [ ! -e "$proof" ]; then
    echo "install-test-packages: $pkg installed but $proof is still missing" >&2
    exit 1
  fi
done
echo "install-test-packages: installed ${missing[*]}" >&2
