#pragma once

#include "settings/blogsettings.h"
#include "site/siteprofile.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace Postwright::App {

class LibraryController;

// The open blog: the writer's settings for it (kept in Postwright's settings, never in the
// repository), the site profile they make with what was detected, and the library of its posts.
// Views of the blog (the window, the library panel) attach to it. The site's configuration is
// watched: when the generator's own files change, the profile is read again.
class BlogSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlogSession)

public:
    explicit BlogSession(QObject *parent = nullptr);
    ~BlogSession() override;

    // Reads the blog's settings and profile and starts reading its posts.
    void open(const QString &root);
    bool isOpen() const { return !m_root.isEmpty(); }
    QString root() const { return m_root; }
    const BlogSettings &settings() const { return m_settings; }
    const Core::SiteProfile &profile() const { return m_profile; }
    LibraryController *library() const { return m_library; }
    // Keeps the writer's new choices; when they change which posts there are (another generator or
    // folder) or what they are compared with (another remote or branch), the library reads again.
    void changeSettings(const BlogSettings &settings);
    // The format the writer chose for the last image, offered first next time; nothing else changes.
    void rememberImageFormat(int format);

signals:
    // The writer's settings or the site's own configuration changed: the profile is new.
    void settingsChanged();

private:
    void loadProfile();
    void watchConfiguration();
    void configurationChanged();
    // The configuration files the model was read from, as they are on disk now.
    static QString configurationSignature(const Core::SiteModel &site);

    QString m_root;
    BlogSettings m_settings;
    Core::SiteProfile m_profile;
    LibraryController *m_library;
    QFileSystemWatcher m_configWatcher;
    QTimer m_configTimer;
    QString m_configSignature;
};

} // namespace Postwright::App
