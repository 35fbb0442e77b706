#pragma once

#include "site/postlibrary.h"

#include <QAbstractListModel>

namespace Postwright::App {

// The posts the library shows, one row each: its title, then its date, reading time and state.
// Rows are drawn from the posts as they scroll into view, so thousands cost nothing up front.
class PostListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostListModel)

public:
    static constexpr int PathRole = Qt::UserRole;
    static constexpr int CoverRole = Qt::UserRole + 1; // the cover image's file, "" for none

    using QAbstractListModel::QAbstractListModel;

    void setPosts(const QList<Core::PostSummary> &posts);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // -1 when the post is not shown.
    int rowOf(const QString &path) const;

private:
    QString text(const Core::PostSummary &post) const;

    QList<Core::PostSummary> m_posts;
};

} // namespace Postwright::App
