#include "preview/previewview.h"

#include "preview/localfileguard.h"
#include "preview/previewbridge.h"
#include "preview/previewpage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QWebChannel>
#include <QWebEngineSettings>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString json(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A lone string: wrap it in an array and take the element's text back out.
    const QString wrapped = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

QString codeStyleSheet(const QString &style)
{
    const QString named = resourceText(u":/highlight/styles/"_s + style.toLower() + u".css"_s);
    return named.isEmpty() ? resourceText(u":/highlight/styles/github.css"_s) : named;
}

} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent),
      m_bridge(new PreviewBridge(this)),
      m_channel(new QWebChannel(this)),
      m_fileGuard(new LocalFileGuard(this))
{
    setObjectName(u"preview"_s);
    setAccessibleName(tr("Preview"));
    setPage(new PreviewPage(this));
    page()->setUrlRequestInterceptor(m_fileGuard);
    setContextMenuPolicy(Qt::NoContextMenu);
    m_channel->registerObject(u"bridge"_s, m_bridge);
    page()->setWebChannel(m_channel);
    connect(m_bridge, &PreviewBridge::applied, this, &PreviewView::blocksShown);
    connect(m_bridge, &PreviewBridge::scrolled, this, &PreviewView::scrolledToLine);
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        // The widget that takes the keyboard focus for the page is made by WebEngine: name it too.
        if (focusProxy())
            focusProxy()->setAccessibleName(accessibleName());
        m_ready = ok;
        if (ok)
            flush();
    });
}

void PreviewView::openPage(const QString &baseFolder, const QString &siteStylesheet, const QString &staticFolder,
    bool allowRemoteContent, const QString &sitePath)
{
    m_ready = false;
    m_shown.clear();
    m_shownHeader.clear();
    // A fresh nonce per page: only the page's own scripts may run, never one inside a post.
    const QString nonce = QUuid::createUuid().toString(QUuid::Id128);
    QString html = resourceText(u":/preview/preview.html"_s);
    QString stylesheetLink;
    if (!siteStylesheet.isEmpty()) {
        stylesheetLink = u"<link rel=\"stylesheet\" href=\"%1\">"_s.arg(
            QUrl::fromLocalFile(siteStylesheet).toString(QUrl::FullyEncoded).toHtmlEscaped());
    }
    const QString remote = allowRemoteContent ? u" https: http:"_s : QString();
    page()->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, allowRemoteContent);
    html.replace(u"@NONCE@"_s, nonce)
        .replace(u"@IMAGE_SOURCES@"_s, u"file: data:"_s + remote)
        .replace(u"@FONT_SOURCES@"_s, u"file: data:"_s + remote)
        .replace(u"@DEFAULT_CSS@"_s, resourceText(u":/preview/default.css"_s))
        .replace(u"@CODE_CSS@"_s, codeStyleSheet(m_codeStyle))
        .replace(u"@SITE_STYLESHEET@"_s, stylesheetLink)
        .replace(u"@SCRIPT@"_s, resourceText(u":/preview/preview.js"_s));
    m_fileGuard->allow({baseFolder, staticFolder, m_blogRoot}, {siteStylesheet});
    setHtml(html, QUrl::fromLocalFile(baseFolder + u'/'));
    m_pendingSetup = staticFolder.isEmpty()
        ? QString()
        : u"postwright.setStaticBase(%1, %2);"_s.arg(
            json(QUrl::fromLocalFile(staticFolder).toString(QUrl::FullyEncoded)), json(sitePath));
}

QStringList PreviewView::blockedLocalFiles() const
{
    return m_fileGuard->blockedPaths();
}

void PreviewView::showBlocks(const Core::RenderedBlocks &blocks)
{
    m_pending = blocks;
    m_hasPending = true;
    if (m_ready)
        flush();
}

void PreviewView::showHeader(const QString &title, const QString &meta, const QString &heroImage)
{
    const QString script = u"postwright.setHeader(%1, %2, %3);"_s.arg(json(title), json(meta), json(heroImage));
    if (script == m_shownHeader)
        return;
    m_shownHeader = script;
    m_pendingHeader = script;
    if (m_ready) {
        page()->runJavaScript(m_pendingHeader);
        m_pendingHeader.clear();
    }
}

void PreviewView::flush()
{
    if (!m_pendingSetup.isEmpty())
        page()->runJavaScript(std::exchange(m_pendingSetup, QString()));
    if (!m_pendingHeader.isEmpty()) {
        page()->runJavaScript(m_pendingHeader);
        m_pendingHeader.clear();
    }
    if (!m_hasPending)
        return;
    m_hasPending = false;
    const Core::RenderedBlocks blocks = std::exchange(m_pending, {});

    // Blocks whose keys match at both ends stay in the page; only the middle is replaced.
    qsizetype prefix = 0;
    const qsizetype common = qMin(blocks.size(), m_shown.size());
    while (prefix < common && blocks[prefix].hasSameKey(m_shown[prefix]))
        ++prefix;
    qsizetype suffix = 0;
    while (
        suffix < common - prefix && blocks[blocks.size() - 1 - suffix].hasSameKey(m_shown[m_shown.size() - 1 - suffix]))
        ++suffix;
    const int prefixShift = prefix > 0 ? blocks[0].firstLine - m_shown[0].firstLine : 0;
    const int suffixShift =
        suffix > 0 ? blocks[blocks.size() - suffix].firstLine - m_shown[m_shown.size() - suffix].firstLine : 0;
    QJsonArray inserted;
    for (qsizetype i = prefix; i < blocks.size() - suffix; ++i) {
        const Core::RenderedBlock &block = blocks[i];
        inserted.append(
            QJsonObject{{u"firstLine"_s, block.firstLine}, {u"lastLine"_s, block.lastLine}, {u"html"_s, block.html}});
    }
    const qsizetype removed = m_shown.size() - prefix - suffix;
    m_shown = blocks;
    ++m_sequence;
    // Concatenated, not arg()-ed: the blocks' HTML may itself contain "%1".
    const QString script = u"postwright.splice("_s + QString::number(prefix) + u',' + QString::number(removed) + u','
        + json(inserted) + u',' + QString::number(prefixShift) + u',' + QString::number(suffixShift) + u','
        + QString::number(m_sequence) + u");"_s;
    page()->runJavaScript(script);
}

void PreviewView::scrollToLine(int line)
{
    if (m_ready)
        page()->runJavaScript(u"postwright.scrollToLine(%1);"_s.arg(line));
}

} // namespace Postwright::App
