#include "settings/blogsettings.h"

#include "images/imageconversion.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

namespace {

// One group per working tree, however its path was spelled.
QString groupFor(const QString &root)
{
    const QString path = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    return u"blogs/%1"_s.arg(QString::fromLatin1(path.toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
}

} // namespace

BlogSettings BlogSettings::load(const QString &root)
{
    QSettings settings;
    settings.beginGroup(groupFor(root));
    BlogSettings blog;
    blog.generator = settings.value(u"generator"_s).toString();
    blog.contentFolder = settings.value(u"contentFolder"_s).toString();
    if (settings.contains(u"readingPreset"_s)) {
        const int preset = settings.value(u"readingPreset"_s).toInt();
        if (preset >= int(Core::ReadingPreset::Hugo) && preset <= int(Core::ReadingPreset::Custom))
            blog.readingPreset = Core::ReadingPreset(preset);
    }
    blog.customWordsPerMinute = qBound(50, settings.value(u"customWordsPerMinute"_s, 230).toInt(), 1000);
    blog.stylesheet = settings.value(u"stylesheet"_s).toString();
    blog.allowRemoteContent = settings.value(u"allowRemoteContent"_s, false).toBool();
    blog.imageWidth = qBound(0, settings.value(u"imageWidth"_s, 1600).toInt(), 10000);
    blog.keepImageMetadata = settings.value(u"keepImageMetadata"_s, false).toBool();
    blog.imageFormat = qBound(0, settings.value(u"imageFormat"_s, 0).toInt(), int(Core::ImageFormat::Webp));
    if (settings.contains(u"spellingLanguage"_s))
        blog.spellingLanguage = settings.value(u"spellingLanguage"_s).toString();
    blog.commitMessage = settings.value(u"commitMessage"_s).toString();
    blog.remote = settings.value(u"remote"_s).toString();
    blog.branch = settings.value(u"branch"_s).toString();
    return blog;
}

void BlogSettings::save(const QString &root) const
{
    QSettings settings;
    settings.beginGroup(groupFor(root));
    settings.setValue(u"generator"_s, generator);
    settings.setValue(u"contentFolder"_s, contentFolder.trimmed());
    if (readingPreset)
        settings.setValue(u"readingPreset"_s, int(*readingPreset));
    else
        settings.remove(u"readingPreset"_s);
    settings.setValue(u"customWordsPerMinute"_s, customWordsPerMinute);
    settings.setValue(u"stylesheet"_s, stylesheet);
    settings.setValue(u"allowRemoteContent"_s, allowRemoteContent);
    settings.setValue(u"imageWidth"_s, imageWidth);
    settings.setValue(u"keepImageMetadata"_s, keepImageMetadata);
    settings.setValue(u"imageFormat"_s, imageFormat);
    if (spellingLanguage)
        settings.setValue(u"spellingLanguage"_s, *spellingLanguage);
    else
        settings.remove(u"spellingLanguage"_s);
    settings.setValue(u"commitMessage"_s, commitMessage.trimmed());
    settings.setValue(u"remote"_s, remote.trimmed());
    settings.setValue(u"branch"_s, branch.trimmed());
}

Core::SiteProfile BlogSettings::profileFor(const QString &root) const
{
    Core::SiteProfile profile = Core::SiteProfile::withOverrides(root, generator, contentFolder);
    if (readingPreset)
        profile.readingPreset = *readingPreset;
    if (!stylesheet.isEmpty())
        profile.stylesheet = stylesheet;
    profile.publishTarget = publishTarget();
    return profile;
}

} // namespace Postwright::App
