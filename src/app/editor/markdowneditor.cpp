#include "editor/markdowneditor.h"

#include <QFontDatabase>
#include <QTextBlock>

namespace Postwright::App {

MarkdownEditor::MarkdownEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("markdownEditor"));
    setAccessibleName(tr("Post text"));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(qMax(font.pointSize(), 11));
    setFont(font);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    setCenterOnScroll(false);
}

void MarkdownEditor::loadText(const QString &text)
{
    setPlainText(text);
    document()->clearUndoRedoStacks();
    document()->setModified(false);
    moveCursor(QTextCursor::Start);
}

int MarkdownEditor::firstVisibleLine() const
{
    return firstVisibleBlock().blockNumber() + 1;
}

} // namespace Postwright::App
