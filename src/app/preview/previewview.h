#pragma once

#include "markdown/renderedblock.h"

#include <QUrl>
#include <QWebEngineView>

class QWebChannel;

namespace Postwright::App {

class LocalFileGuard;
class PreviewBridge;

// Shows a rendered post in a page that looks like the site. Each update sends only the blocks
// whose keys changed (a splice); the page acknowledges it over QWebChannel.
class PreviewView final : public QWebEngineView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    explicit PreviewView(QWidget *parent = nullptr);

    // Loads a fresh page for a post in folder baseFolder (relative images resolve there).
    // Remote images and fonts load only when allowRemoteContent is set for the blog.
    // sitePath is the site's base path ("/blog"): "/blog/images/x.png" is static/images/x.png.
    void openPage(const QString &baseFolder, const QString &siteStylesheet, const QString &staticFolder = {},
        bool allowRemoteContent = false, const QString &sitePath = {});
    void showBlocks(const Core::RenderedBlocks &blocks);
    // The post's title and date line, under the image it leads with (if any), as the site shows them.
    void showHeader(const QString &title, const QString &meta, const QString &heroImage = {});
    void scrollToLine(int line);
    bool isReady() const { return m_ready; }
    // The page reads local files only inside this folder (and the post's and static folders).
    void setBlogRoot(const QString &root) { m_blogRoot = root; }
    // highlight.js's style for the code of the next page opened ("monokai"); "github" when it has none of that name.
    void setCodeStyle(const QString &style) { m_codeStyle = style; }
    QStringList blockedLocalFiles() const;
    int lastSequence() const { return m_sequence; }

signals:
    // The page has applied an update (its DOM holds it).
    void blocksShown(int sequence);
    // The reader scrolled the preview; line is the file line at its top.
    void scrolledToLine(int line);

private:
    void flush();

    PreviewBridge *m_bridge = nullptr;
    QWebChannel *m_channel = nullptr;
    LocalFileGuard *m_fileGuard = nullptr;
    QString m_blogRoot;
    QString m_codeStyle;
    bool m_ready = false;
    bool m_hasPending = false;
    Core::RenderedBlocks m_pending;
    Core::RenderedBlocks m_shown; // what the page holds, HTML shared with the renderer's blocks
    QString m_pendingHeader;
    QString m_shownHeader;
    QString m_pendingSetup;
    int m_sequence = 0;
};

} // namespace Postwright::App
