#pragma once

#include "git/posthistory.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DeletedPostsDialog;
}

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace Postwright::App {

// The blog's posts that commits deleted, each with its last version rendered, and Bring Back,
// which writes that version to its old place again.
class DeletedPostsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletedPostsDialog)

public:
    DeletedPostsDialog(
        const QString &blogRoot, const QList<Core::PostHistory::DeletedPost> &posts, QWidget *parent = nullptr);
    ~DeletedPostsDialog() override;

    QListWidget *postsList() const;
    QTextBrowser *renderedView() const;
    QPushButton *bringBackButton() const { return m_bringBackButton; }

signals:
    // The chosen post is on disk again, at path (absolute).
    void broughtBack(const QString &path);

private:
    void showPost();
    void bringBack();

    std::unique_ptr<Ui::DeletedPostsDialog> m_ui;
    QString m_root;
    QList<Core::PostHistory::DeletedPost> m_posts;
    QPushButton *m_bringBackButton = nullptr;
};

} // namespace Postwright::App
