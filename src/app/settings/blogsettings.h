#pragma once

#include "document/readingtime.h"
#include "git/publishtarget.h"
#include "site/siteprofile.h"

#include <QString>

#include <optional>

namespace Postwright::App {

// What the writer chose for one blog. Kept in the app's settings keyed by the repository's path,
// never written into the repository.
struct BlogSettings {
    QString generator; // "" detects it
    QString contentFolder; // "" takes the generator's
    std::optional<Core::ReadingPreset> readingPreset; // none: the generator's
    int customWordsPerMinute = 230;
    QString stylesheet; // absolute path; "" uses the site's own, else the default
    bool allowRemoteContent = false;
    int imageWidth = 1600; // new images are made at most this wide; 0 keeps their size
    bool keepImageMetadata = false; // else location and camera data are removed from new images
    int imageFormat = 0; // the Core::ImageFormat chosen for the last image, offered first
    std::optional<QString> spellingLanguage; // none: the system's; "" is off
    QString commitMessage; // "%1" stands for the title; "" is "Publish: %1"
    QString remote; // "" is origin
    QString branch; // "" is the current branch's name

    static BlogSettings load(const QString &root);
    void save(const QString &root) const;

    Core::SiteProfile profileFor(const QString &root) const;
    Core::PublishTarget publishTarget() const { return {remote, branch, commitMessage}; }
};

} // namespace Postwright::App
