#pragma once

#include "document/frontmatter.h"
#include "document/readingtime.h"
#include "git/publishtarget.h"

#include <QString>
#include <QStringList>

namespace Postwright::Core {

enum class Generator { Hugo, Jekyll, Astro, Eleventy, Unknown };

// A blog generator's conventions, in one place: where posts live, which front-matter keys it
// uses, and how it computes reading time.
struct SiteProfile {
    Generator generator = Generator::Unknown;
    QString root; // the repository's working tree
    QString contentFolder; // relative to root; "" is the root itself
    QStringList extraFolders; // other folders that hold posts (Jekyll's _drafts)
    FieldNaming naming;
    ReadingPreset readingPreset = ReadingPreset::Hugo;
    QString stylesheet; // absolute path of the site's own CSS for the preview, if found
    QString staticFolder; // where the site serves "/images/x.png" from (Hugo: static/)
    PublishTarget publishTarget; // the remote and branch the blog publishes to

    static SiteProfile detect(const QString &root);
    // The writer's choice over detection: a generator by name ("Hugo"...) and a content folder
    // relative to the root; empty strings keep what was detected.
    static SiteProfile withOverrides(const QString &root, const QString &generatorName, const QString &contentFolder);
    static SiteProfile forGenerator(Generator generator, const QString &root);
    static QString generatorName(Generator generator);
    QString absoluteContentFolder() const;
};

} // namespace Postwright::Core
