#pragma once

#include "document/frontmatter.h"
#include "document/readingtime.h"
#include "git/publishtarget.h"
#include "site/generator.h"
#include "site/sitemodel.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Postwright::Core {

// A blog's conventions, in one place: where posts live (from its site model, unless the writer
// chose a folder), which front-matter keys it uses, how it computes reading time, and where it
// publishes to.
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
    // What the generator's configuration says: languages, posts' folders, addresses, build rules.
    std::shared_ptr<const SiteModel> site = std::make_shared<const SiteModel>();

    static SiteProfile detect(const QString &root);
    // The writer's choice over detection: a generator by name ("Hugo"...) and a content folder
    // relative to the root; empty strings keep what was detected.
    static SiteProfile withOverrides(const QString &root, const QString &generatorName, const QString &contentFolder);
    static SiteProfile forGenerator(Generator generator, const QString &root);
    static SiteProfile fromModel(SiteModel model);
    static QString generatorName(Generator generator);
    QString absoluteContentFolder() const;
};

} // namespace Postwright::Core
