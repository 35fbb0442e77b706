#pragma once

#include "document/textedit.h"

#include <QPlainTextEdit>

class QMenu;
class QSyntaxHighlighter;

namespace Postwright::Core {
class SpellChecker;
}

namespace Postwright::App {

// The Markdown source editor: the post's full text, front matter included. It knows the
// writer's shortcuts (bold, italic, link), continues lists and quotes on Enter, indents list
// items with Tab, shows optional line numbers and zooms.
class MarkdownEditor final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEditor)

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    // Replaces the whole text as a fresh document: no undo history, not modified.
    void loadText(const QString &text);
    // The first visible line, 1-based, for the preview to follow.
    int firstVisibleLine() const;
    void scrollToLine(int line);
    void goToLine(int line);
    // Replaces `length` characters at `start` as one undo step, keeping the caret where it was.
    void replaceRange(int start, int length, const QString &replacement);
    // Several replacements (in the order of the text, relative to it as it is) as one undo step.
    void applyEdits(const QList<Core::TextEdit> &edits);

    void toggleBold() { wrapSelection(QStringLiteral("**")); }
    void toggleItalic() { wrapSelection(QStringLiteral("*")); }
    void insertLink();
    void setLineNumbersVisible(bool visible);
    bool lineNumbersVisible() const { return m_lineNumbersVisible; }
    void zoom(int steps);
    // The font the writer chose; zoom steps apply on top of its size.
    void setBaseFont(const QFont &font);
    void resetZoom();
    void setDarkTheme(bool dark);
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }
    // Misspelled words are underlined and offered corrections in the context menu; null: off.
    void setSpellChecker(Core::SpellChecker *checker);
    // The context menu for a position: corrections first when the word there is misspelled.
    QMenu *contextMenuAt(const QPoint &position);
    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

signals:
    // An image was pasted or dropped: the window decides where it goes and what link to insert.
    void imageInserted(const QByteArray &bytes, const QString &suggestedName);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void wrapSelection(const QString &marker);
    bool continueBlock();
    bool indentListItem(bool outdent);
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateMargins();

    QWidget *m_lineNumberArea = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    Core::SpellChecker *m_spellChecker = nullptr;
    bool m_lineNumbersVisible = false;
    int m_basePointSize = 11;
    int m_zoomSteps = 0;
};

} // namespace Postwright::App
