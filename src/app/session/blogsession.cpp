#include "session/blogsession.h"

#include "library/librarycontroller.h"

#include <QDateTime>
#include <QFileInfo>
#include <QStandardPaths>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

BlogSession::BlogSession(QObject *parent) : QObject(parent), m_library(new LibraryController(this))
{
    // Editors save by writing a new file and renaming it: a burst of changes is read once.
    m_configTimer.setSingleShot(true);
    m_configTimer.setInterval(300);
    connect(&m_configTimer, &QTimer::timeout, this, &BlogSession::configurationChanged);
    connect(&m_configWatcher, &QFileSystemWatcher::fileChanged, &m_configTimer, qOverload<>(&QTimer::start));
    connect(&m_configWatcher, &QFileSystemWatcher::directoryChanged, &m_configTimer, qOverload<>(&QTimer::start));
}

BlogSession::~BlogSession() = default;

void BlogSession::open(const QString &root)
{
    m_root = root;
    m_settings = BlogSettings::load(root);
    loadProfile();
    m_library->open(m_profile, QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/library"_s);
    watchConfiguration();
}

void BlogSession::watchConfiguration()
{
    const QStringList watched = m_configWatcher.files() + m_configWatcher.directories();
    if (!watched.isEmpty())
        m_configWatcher.removePaths(watched);
    const Core::SiteModel &site = *m_profile.site;
    // The files read, and the folders where one could be added (a hugo.toml, config/_default/x.toml).
    QStringList paths = site.configFiles;
    for (const QString &folder :
        {site.root, site.siteRoot, site.siteRoot + u"/config/_default"_s, site.siteRoot + u"/config/production"_s}) {
        if (QFileInfo(folder).isDir() && !paths.contains(folder))
            paths.append(folder);
    }
    m_configWatcher.addPaths(paths);
    m_configSignature = configurationSignature(site);
}

QString BlogSession::configurationSignature(const Core::SiteModel &site)
{
    QString signature;
    for (const QString &file : site.configFiles) {
        const QFileInfo info(file);
        signature += file + u' ' + QString::number(info.size()) + u' '
            + QString::number(info.lastModified().toMSecsSinceEpoch()) + u'\n';
    }
    return signature;
}

void BlogSession::configurationChanged()
{
    if (!isOpen())
        return;
    // A file added or removed beside the configuration may not be one: only what is read counts.
    const Core::SiteProfile fresh = m_settings.profileFor(m_root);
    if (configurationSignature(*fresh.site) == m_configSignature
        && fresh.site->configFiles == m_profile.site->configFiles) {
        watchConfiguration(); // a file replaced by a rename is watched again
        return;
    }
    m_profile = fresh;
    m_library->open(m_profile, QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/library"_s);
    watchConfiguration();
    emit settingsChanged();
}

void BlogSession::rememberImageFormat(int format)
{
    if (!isOpen() || m_settings.imageFormat == format)
        return;
    m_settings.imageFormat = format;
    m_settings.save(m_root);
}

void BlogSession::changeSettings(const BlogSettings &settings)
{
    if (!isOpen())
        return;
    const BlogSettings before = m_settings;
    settings.save(m_root);
    m_settings = BlogSettings::load(m_root);
    // What the library lists and how it compares posts with the remote.
    if (before.generator != m_settings.generator || before.contentFolder != m_settings.contentFolder
        || before.remote != m_settings.remote || before.branch != m_settings.branch)
        open(m_root);
    else
        loadProfile();
    emit settingsChanged();
}

void BlogSession::loadProfile()
{
    m_profile = m_settings.profileFor(m_root);
}

} // namespace Postwright::App
