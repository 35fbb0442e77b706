#pragma once

#include "site/siteprofile.h"
#include "site/siteserver.h"

#include <QObject>
#include <QTimer>

namespace Postwright::App {

class MarkdownEditor;
class SiteView;

// Runs the site view: starts the blog's generator the first time the view is shown (and again
// for another blog), shows the open post's page from it at the post's public address, and after
// each save shows the page again once the generator has rebuilt it. The generator stops with the
// window.
class SitePreview final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitePreview)

public:
    SitePreview(MarkdownEditor *editor, SiteView *view, QObject *parent = nullptr);

    // A blog to serve; a running generator of another blog, or of this one before its
    // configuration changed, starts again.
    void setBlog(const Core::SiteProfile &profile, bool allowRemoteContent);
    // The post whose page to show; "" for none.
    void showPost(const QString &postPath);
    // The post's file was written: its page follows once the generator has built it.
    void postSaved(const QString &postPath);
    void setActive(bool active);
    bool isActive() const { return m_active; }
    Core::SiteServer *server() { return &m_server; }
    // The page's path from the site's root, from the post's front matter in the editor.
    QString pagePath() const;

private:
    void startServer();
    void serverStateChanged(Core::SiteServer::State state);
    void built(const QStringList &problems);
    void showPage();
    QString cacheFolder() const;

    MarkdownEditor *m_editor;
    SiteView *m_view;
    Core::SiteServer m_server;
    Core::SiteProfile m_profile;
    QByteArray m_servedFingerprint;
    QString m_postPath;
    QTimer m_rebuildWait; // for a generator that does not say when it has rebuilt
    bool m_allowRemoteContent = false;
    bool m_active = false;
    bool m_pageWanted = false; // a save is waiting for the generator's rebuild
};

} // namespace Postwright::App
