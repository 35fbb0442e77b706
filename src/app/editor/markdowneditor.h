#pragma once

#include <QPlainTextEdit>

namespace Postwright::App {

// The Markdown source editor: the post's full text, front matter included.
class MarkdownEditor final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEditor)

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    // Replaces the whole text as a fresh document: no undo history, not modified.
    void loadText(const QString &text);
    // The first visible line, 1-based, for the preview to follow.
    int firstVisibleLine() const;
};

} // namespace Postwright::App
