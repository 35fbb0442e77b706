#pragma once

#include "markdown/renderedblock.h"

#include <QUrl>
#include <QWebEngineView>

namespace Postwright::App {

// Shows a rendered post in a page that looks like the site, replacing only changed blocks.
class PreviewView final : public QWebEngineView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    explicit PreviewView(QWidget *parent = nullptr);

    // Loads a fresh page for a post in folder baseFolder (relative images resolve there).
    void openPage(const QString &baseFolder, const QString &siteStylesheet);
    void showBlocks(const Core::RenderedBlocks &blocks);
    void scrollToLine(int line);
    bool isReady() const { return m_ready; }

signals:
    void blocksShown();

private:
    void flush();

    bool m_ready = false;
    bool m_hasPending = false;
    Core::RenderedBlocks m_pending;
};

} // namespace Postwright::App
