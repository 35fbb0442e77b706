#include "preview/previewpane.h"

#include "editor/markdowneditor.h"
#include "preview/previewrenderer.h"
#include "preview/previewview.h"
#include "site/sitetemplates.h"

#include <QFileInfo>
#include <QScrollBar>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

PreviewPane::PreviewPane(MarkdownEditor *editor, PreviewView *view, QObject *parent)
    : QObject(parent), m_editor(editor), m_view(view), m_renderer(new PreviewRenderer(this))
{
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PreviewPane::render);
    // Scroll sync both ways; each side ignores the scroll it caused on the other.
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_followingView)
            m_view->scrollToLine(m_editor->firstVisibleLine());
    });
    connect(m_view, &PreviewView::scrolledToLine, this, [this](int line) {
        m_followingView = true;
        m_editor->scrollToLine(line);
        m_followingView = false;
    });
}

bool PreviewPane::setBlog(const Core::SiteProfile &profile, bool allowRemoteContent)
{
    m_profile = profile;
    m_allowRemoteContent = allowRemoteContent;
    m_renderer->setOptions(markdownOptions(), profile.naming, profile.site);
    // What the page is made of: only a change there makes it load again.
    const QStringList pageSettings = {profile.root, profile.stylesheet, profile.staticFolder, profile.site->basePath,
        allowRemoteContent ? u"remote"_s : QString(), profile.naming.title, profile.naming.date};
    return std::exchange(m_pageSettings, pageSettings) != pageSettings;
}

void PreviewPane::setPosts(const QList<Core::PostSummary> &posts)
{
    if (!m_profile.site)
        return;
    m_posts = posts;
    m_postsRoot = m_profile.root;
    if (!m_profile.site->templates)
        return; // nothing in its posts refers to another
    m_renderer->setOptions(markdownOptions(), m_profile.naming, m_profile.site);
    render();
}

Core::MarkdownOptions PreviewPane::markdownOptions() const
{
    Core::MarkdownOptions options = m_profile.site->markdownOptions();
    if (options.templates && m_postsRoot == m_profile.root)
        options.templates = Core::SiteTemplates::withPosts(*m_profile.site, m_posts);
    return options;
}

void PreviewPane::openPage(const QString &postPath)
{
    m_view->setBlogRoot(m_profile.root);
    m_view->openPage(QFileInfo(postPath).absolutePath(), m_profile.stylesheet, m_profile.staticFolder,
        m_allowRemoteContent, m_profile.site->basePath);
    m_renderer->reset();
}

void PreviewPane::render()
{
    m_renderer->render(m_editor->toPlainText());
}

} // namespace Postwright::App
