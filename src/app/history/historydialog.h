#pragma once

#include "git/posthistory.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class HistoryDialog;
}

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace Postwright::App {

// A post's versions (each commit that changed it, and the unsaved text kept for recovery), newest
// first: each one rendered, or compared word by word with the text now, and restored on request.
class HistoryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    struct Version {
        QString label; // what the list shows
        QString text;
    };

    HistoryDialog(const QString &title, const QList<Core::PostHistory::Version> &versions,
        const std::optional<std::pair<QDateTime, QString>> &recovered, const QString &currentText,
        QWidget *parent = nullptr);
    ~HistoryDialog() override;

    QListWidget *versionsList() const;
    QTextBrowser *changesView() const;
    QTextBrowser *renderedView() const;
    QPushButton *restoreButton() const { return m_restoreButton; }
    // The text now, as the comparison reads it (after a restore, say).
    void setCurrentText(const QString &text);

signals:
    // The writer chose to bring this text back into the editor.
    void restoreRequested(const QString &text);

private:
    void showVersion();

    std::unique_ptr<Ui::HistoryDialog> m_ui;
    QList<Version> m_versions;
    QString m_currentText;
    QPushButton *m_restoreButton = nullptr;
};

} // namespace Postwright::App
