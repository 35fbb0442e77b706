#pragma once

#include <QStyledItemDelegate>

namespace Postwright::App {

class CoverThumbnails;

// Draws a post of the library as two lines, its title and then its date, reading time and state,
// each cut short with "…" when the sidebar is narrow, and its cover image as a small square at
// the right when it has one. Every row has the same height.
class PostListDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostListDelegate)

public:
    PostListDelegate(CoverThumbnails *thumbnails, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    CoverThumbnails *m_thumbnails;
};

} // namespace Postwright::App
