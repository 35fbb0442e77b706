#include "preview/previewpane.h"

#include "editor/markdowneditor.h"
#include "preview/previewrenderer.h"
#include "preview/previewview.h"
#include "site/sitetemplates.h"

#include <QFileInfo>
#include <QHash>
#include <QScrollBar>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

namespace {

// The highlight.js style closest to the code theme of the site's build: Hugo's
// markup.highlight.style (Chroma's names; monokai unless set). Other generators colour code with
// their theme's CSS, which the preview cannot know: GitHub's colours.
QString codeStyleOf(const Core::SiteModel &site)
{
    if (site.generator != Core::Generator::Hugo)
        return u"github"_s;
    const QString chroma = site.configValues.value(u"markup.highlight.style"_s, u"monokai"_s).toLower();
    static const QHash<QString, QString> closest = {{u"gruvbox"_s, u"gruvbox-dark"_s},
        {u"solarized-dark256"_s, u"solarized-dark"_s}, {u"github-dark"_s, u"atom-one-dark"_s},
        {u"onedark"_s, u"atom-one-dark"_s}, {u"monokailight"_s, u"atom-one-light"_s}, {u"pygments"_s, u"default"_s},
        {u"witchhazel"_s, u"dracula"_s}, {u"catppuccin-mocha"_s, u"dracula"_s}, {u"tango"_s, u"default"_s}};
    return closest.value(chroma, chroma);
}

} // namespace

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
        allowRemoteContent ? u"remote"_s : QString(), profile.naming.title, profile.naming.date,
        codeStyleOf(*profile.site)};
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
    const QString text = m_editor->toPlainText();
    // Only a post that refers to another looks different when the library's addresses arrive.
    if (Core::SiteTemplates::refersToOtherPosts(text))
        m_renderer->render(text);
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
    m_view->setCodeStyle(codeStyleOf(*m_profile.site));
    m_view->openPage(QFileInfo(postPath).absolutePath(), m_profile.stylesheet, m_profile.staticFolder,
        m_allowRemoteContent, m_profile.site->basePath);
    m_renderer->reset();
}

void PreviewPane::render()
{
    m_renderer->render(m_editor->toPlainText());
}

} // namespace Postwright::App
