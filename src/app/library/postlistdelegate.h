#pragma once

#include <QStyledItemDelegate>

namespace Postwright::App {

// Draws a post of the library as two lines, its title and then its date, reading time and state,
// each cut short with "…" when the sidebar is narrow. Every row has the same height.
class PostListDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostListDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Postwright::App
