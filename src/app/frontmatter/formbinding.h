#pragma once

#include "site/siteprofile.h"

#include <QObject>

#include <functional>

namespace Postwright::Core {
class FrontMatter;
struct PostSummary;
struct ReadingEstimate;
struct TextEdit;
template <typename T> class Result;
} // namespace Postwright::Core

namespace Postwright::App {

class FrontMatterForm;
class MarkdownEditor;

// Binds the front-matter form to the editor's text, the post's only copy: the form shows what the
// text says, and a field the writer edits becomes one undoable edit of that field's characters.
// It also fills in what the blog's site adds: its taxonomies, the completions from its posts, and
// the post's public address and schedule.
class FormBinding final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormBinding)

public:
    FormBinding(FrontMatterForm *form, MarkdownEditor *editor, QObject *parent = nullptr);

    void setProfile(const Core::SiteProfile &profile);
    // Tags and each taxonomy's terms, completed from the blog's posts.
    void setSuggestions(const QList<Core::PostSummary> &posts);
    // The text's front matter, as of its last rendering; postPath is empty for a new text.
    void show(const Core::FrontMatter &frontMatter, const Core::ReadingEstimate &estimate, const QString &postPath);
    // Edits the front matter of the text as it is now, as one undo step.
    void apply(const std::function<Core::Result<Core::TextEdit>(const Core::FrontMatter &)> &edit);

signals:
    // An edit that cannot be made, and why.
    void refused(const QString &message);

private:
    void showAddress(const Core::FrontMatter &frontMatter, const QString &postPath);

    FrontMatterForm *m_form;
    MarkdownEditor *m_editor;
    Core::SiteProfile m_profile;
    bool m_showing = false;
};

} // namespace Postwright::App
