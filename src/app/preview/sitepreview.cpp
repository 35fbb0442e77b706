#include "preview/sitepreview.h"

#include "document/frontmatter.h"
#include "editor/markdowneditor.h"
#include "preview/siteview.h"
#include "site/publicaddress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using State = Core::SiteServer::State;

SitePreview::SitePreview(MarkdownEditor *editor, SiteView *view, QObject *parent)
    : QObject(parent), m_editor(editor), m_view(view)
{
    m_rebuildWait.setSingleShot(true);
    m_rebuildWait.setInterval(2000);
    connect(&m_rebuildWait, &QTimer::timeout, this, &SitePreview::showPage);
    connect(&m_server, &Core::SiteServer::stateChanged, this, &SitePreview::serverStateChanged);
    connect(&m_server, &Core::SiteServer::built, this, &SitePreview::built);
    connect(m_view, &SiteView::retryRequested, this, &SitePreview::startServer);
}

void SitePreview::setBlog(const Core::SiteProfile &profile, bool allowRemoteContent)
{
    m_profile = profile;
    m_allowRemoteContent = allowRemoteContent;
    const bool running = m_server.state() != State::Stopped;
    if (running && m_servedFingerprint != profile.site->fingerprint() + profile.root.toUtf8())
        m_active ? startServer() : m_server.stop();
    else if (m_view->isShowingPage())
        showPage(); // remote content allowed or not
}

void SitePreview::showPost(const QString &postPath)
{
    m_postPath = postPath;
    if (m_active && (m_server.state() == State::Ready || m_server.state() == State::Rebuilding))
        showPage();
}

void SitePreview::postSaved(const QString &postPath)
{
    m_postPath = postPath;
    if (!m_active || m_server.state() == State::Stopped)
        return;
    m_pageWanted = true;
    m_rebuildWait.start();
}

void SitePreview::setActive(bool active)
{
    m_active = active;
    if (!active)
        return;
    if (m_server.state() == State::Stopped || m_server.root() != m_profile.root)
        startServer();
    else if (m_server.state() == State::Ready)
        showPage();
}

QString SitePreview::pagePath() const
{
    if (m_postPath.isEmpty())
        return {};
    const Core::FrontMatter frontMatter = Core::FrontMatter::parse(m_editor->toPlainText(), m_profile.naming);
    return Core::PublicAddress::pathOf(*m_profile.site, m_postPath, frontMatter);
}

QString SitePreview::cacheFolder() const
{
    // One folder per blog, outside it: nothing the generator builds lands in the repository.
    const QByteArray key = QCryptographicHash::hash(m_profile.root.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/site-view/"_s
        + QString::fromLatin1(key.left(16));
}

void SitePreview::startServer()
{
    m_servedFingerprint = m_profile.site->fingerprint() + m_profile.root.toUtf8();
    m_server.start(*m_profile.site, cacheFolder());
}

void SitePreview::serverStateChanged(State state)
{
    const QString generator = Core::SiteProfile::generatorName(m_server.generator());
    switch (state) {
    case State::Starting:
        m_view->showStatus(tr("Building the site with %1…").arg(generator),
            tr("The first build of a large site can take a while; the quick preview works meanwhile."), true, false);
        break;
    case State::Missing:
        m_view->showStatus(tr("The site view needs %1").arg(generator.isEmpty() ? tr("a site generator") : generator),
            m_server.message(), false, true);
        break;
    case State::Failed: m_view->showStatus(tr("The site view stopped"), m_server.message(), false, true); break;
    case State::Stopped:
        if (!m_view->isShowingPage())
            m_view->showStatus(
                tr("The site view"), tr("Shows this post as the blog's generator builds it."), false, false);
        break;
    case State::Ready:
    case State::Rebuilding: break;
    }
}

void SitePreview::built(const QStringList &problems)
{
    m_view->showProblems(problems);
    if (m_pageWanted || !m_view->isShowingPage())
        showPage();
}

void SitePreview::showPage()
{
    m_rebuildWait.stop();
    m_pageWanted = false;
    if (!m_active || (m_server.state() != State::Ready && m_server.state() != State::Rebuilding))
        return;
    const QString path = pagePath();
    if (path.isEmpty()) {
        m_view->showStatus(tr("No page for this post"),
            m_postPath.isEmpty() ? tr("Open or save a post to see its page as the site shows it.")
                                 : tr("Postwright cannot tell this post's address on the site."),
            false, false);
        return;
    }
    m_view->showPage(m_server.pageAddress(path), m_server.origin(), m_allowRemoteContent);
}

} // namespace Postwright::App
