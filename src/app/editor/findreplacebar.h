#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Postwright::App {

// Find and replace under the editor: plain text or regular expressions, case sensitivity, wraps
// around, and "Replace all" as one undo step.
class FindReplaceBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindReplaceBar)

public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext(bool backwards = false);
    bool replaceCurrent();
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *regexBox() const { return m_regex; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRegularExpression pattern() const;
    void setReplaceVisible(bool visible);

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_regex;
    QCheckBox *m_caseSensitive;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace Postwright::App
