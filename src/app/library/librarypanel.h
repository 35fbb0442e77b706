#pragma once

#include "site/postlibrary.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace Postwright::App {

class CoverThumbnails;
class PostListModel;

// Every post of the blog with its date, reading time and status; search (title, summary, body),
// a tag filter and the order; activating a post opens it.
class LibraryPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    explicit LibraryPanel(QWidget *parent = nullptr);

    void showPosts(const QList<Core::PostSummary> &posts);
    void setScanning(bool scanning);
    // A long first reading of a blog shows how far it has got.
    void showScanProgress(int read, int total);
    QString countText() const;
    void setCurrentPost(const QString &path);
    QListView *list() const { return m_list; }
    PostListModel *model() const { return m_model; }
    CoverThumbnails *thumbnails() const { return m_thumbnails; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *tagFilter() const { return m_tags; }
    QComboBox *orderChoice() const { return m_order; }

signals:
    void postActivated(const QString &path);
    void renameRequested(const QString &path);
    void deleteRequested(const QString &path);

private:
    void refill();
    QString selectedPath() const;

    QLineEdit *m_search;
    QComboBox *m_tags;
    QComboBox *m_order;
    PostListModel *m_model;
    QListView *m_list;
    CoverThumbnails *m_thumbnails;
    QLabel *m_count;
    QList<Core::PostSummary> m_posts;
    QString m_current;
};

} // namespace Postwright::App
