#!/usr/bin/env bash
# Installs every Debian 12 package Postwright needs to build, run and test.
# Idempotent: packages already present are left alone. Runs apt-get as root or through sudo.
set -euo pipefail

build_packages=(
    build-essential cmake pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-webengine-dev qt6-webengine-dev-tools qt6-webchannel-dev libqt6webenginecore6-bin
    qt6-svg-dev libgl-dev
    libcmark-gfm-dev libcmark-gfm-extensions-dev
    libgit2-dev libyaml-dev libtomlplusplus-dev
    qtkeychain-qt6-dev libhunspell-dev libexiv2-dev libwebp-dev libjs-highlight.js
)
runtime_packages=(
    hunspell-en-us fonts-dejavu-core fonts-noto-cjk qt6-translations-l10n qt6-image-formats-plugins
)
test_packages=(
    xvfb xauth x11-utils imagemagick cmark-gfm hugo jekyll exiv2
    openssh-server openssh-client lighttpd lighttpd-mod-openssl openssl
    desktop-file-utils appstream clang-format gnome-keyring dbus-daemon libsecret-tools
    clang libclang-rt-14-dev
)

wanted=("${build_packages[@]}" "${runtime_packages[@]}")
if [[ "${1:-}" == "--with-tests" ]]; then
    wanted+=("${test_packages[@]}")
fi

missing=()
for package in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#wanted[@]} packages are installed"
    exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
