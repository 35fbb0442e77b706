#include "preview/previewview.h"

#include "preview/previewpage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

PreviewView::PreviewView(QWidget *parent) : QWebEngineView(parent)
{
    setObjectName(u"preview"_s);
    setAccessibleName(tr("Preview"));
    setPage(new PreviewPage(this));
    setContextMenuPolicy(Qt::NoContextMenu);
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        m_ready = ok;
        if (ok)
            flush();
    });
}

void PreviewView::openPage(const QString &baseFolder, const QString &siteStylesheet)
{
    m_ready = false;
    // A fresh nonce per page: only the page's own script may run, never one inside a post.
    const QString nonce = QUuid::createUuid().toString(QUuid::Id128);
    QString html = resourceText(u":/preview/preview.html"_s);
    QString stylesheetLink;
    if (!siteStylesheet.isEmpty()) {
        stylesheetLink = u"<link rel=\"stylesheet\" href=\"%1\">"_s.arg(
            QUrl::fromLocalFile(siteStylesheet).toString(QUrl::FullyEncoded).toHtmlEscaped());
    }
    html.replace(u"@NONCE@"_s, nonce)
        .replace(u"@DEFAULT_CSS@"_s, resourceText(u":/preview/default.css"_s))
        .replace(u"@SITE_STYLESHEET@"_s, stylesheetLink)
        .replace(u"@SCRIPT@"_s, resourceText(u":/preview/preview.js"_s));
    setHtml(html, QUrl::fromLocalFile(baseFolder + u'/'));
}

void PreviewView::showBlocks(const Core::RenderedBlocks &blocks)
{
    m_pending = blocks;
    m_hasPending = true;
    if (m_ready)
        flush();
}

void PreviewView::flush()
{
    if (!m_hasPending)
        return;
    QJsonArray array;
    for (const Core::RenderedBlock &block : std::as_const(m_pending)) {
        array.append(QJsonObject{{u"key"_s, block.key}, {u"firstLine"_s, block.firstLine},
            {u"lastLine"_s, block.lastLine}, {u"html"_s, block.html}});
    }
    m_hasPending = false;
    const QString script =
        u"postwright.setBlocks(%1);"_s.arg(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    page()->runJavaScript(script, [this](const QVariant &) { emit blocksShown(); });
}

void PreviewView::scrollToLine(int line)
{
    if (m_ready)
        page()->runJavaScript(u"postwright.scrollToLine(%1);"_s.arg(line));
}

} // namespace Postwright::App
