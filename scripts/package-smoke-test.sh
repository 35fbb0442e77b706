#!/usr/bin/env bash
# Builds the .deb and .tar.gz from a configured build tree, installs the .deb on this machine with
# apt-get (which pulls its dependencies), and runs the installed program. CI runs it as a test.
set -euo pipefail
build="$1"
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
cd "$build"
cpack -G "DEB;TGZ" > cpack.log
deb=$(ls -1 "$build"/postwright_*_amd64.deb | head -n 1)
sudo_cmd=()
[[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --reinstall "$deb" > apt.log
installed=/usr/bin/postwright
version=$(env -u DISPLAY "$installed" --version)
[[ "$version" == "postwright "* ]] || { echo "unexpected --version: $version"; exit 1; }
stats=$(env -u DISPLAY "$installed" stats "$source_dir/resources/sample-blog/content/posts/welcome-to-postwright.md")
echo "$stats" | grep -q '"title":"Welcome to Postwright"' || { echo "unexpected stats: $stats"; exit 1; }
dpkg -L postwright | grep -q '/usr/share/applications/io.github.postwright.Postwright.desktop'
# Chinese, Japanese and Korean posts need a CJK font, which Debian does not install by default.
dpkg-deb -f "$deb" Recommends | grep -q 'fonts-noto-cjk' || { echo "the package does not recommend fonts-noto-cjk"; exit 1; }
dpkg-deb -f "$deb" Recommends | grep -q 'qt6-image-formats-plugins' || { echo "the package does not recommend qt6-image-formats-plugins"; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q 'libexiv2' || { echo "the package does not depend on Exiv2"; exit 1; }
ls "$build"/postwright-*.tar.gz > /dev/null
echo "package: installed $(basename "$deb"), ran '$version' and stats"
