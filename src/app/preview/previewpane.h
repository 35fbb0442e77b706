#pragma once

#include "site/postlibrary.h"
#include "site/siteprofile.h"

#include <QObject>
#include <QStringList>

namespace Postwright::App {

class MarkdownEditor;
class PreviewRenderer;
class PreviewView;

// The preview beside the editor: the editor's text rendered off the GUI thread into the view as
// it changes, the two kept scrolled together, and the view's page (the site's stylesheet, the
// post's folder, remote content or not) loaded again only when what it is made of changes.
class PreviewPane final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    PreviewPane(MarkdownEditor *editor, PreviewView *view, QObject *parent = nullptr);

    PreviewRenderer *renderer() const { return m_renderer; }
    // The blog's rendering rules and page; returns whether the page must be opened again.
    bool setBlog(const Core::SiteProfile &profile, bool allowRemoteContent);
    // The blog's posts, as the library read them: a ref, a relref or a post_url in the post
    // previews as the link to the other post's address.
    void setPosts(const QList<Core::PostSummary> &posts);
    // Opens the page for the post at postPath (its images are beside it); the next rendering is whole.
    void openPage(const QString &postPath);
    void render();

private:
    Core::MarkdownOptions markdownOptions() const;

    MarkdownEditor *m_editor;
    PreviewView *m_view;
    PreviewRenderer *m_renderer;
    Core::SiteProfile m_profile;
    QList<Core::PostSummary> m_posts; // of m_postsRoot's blog
    QString m_postsRoot;
    bool m_allowRemoteContent = false;
    QStringList m_pageSettings;
    bool m_followingView = false;
};

} // namespace Postwright::App
