#include "library/postlistdelegate.h"

#include "library/coverthumbnails.h"
#include "library/postlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace Postwright::App {

namespace {

constexpr int margin = 3;

} // namespace

PostListDelegate::PostListDelegate(CoverThumbnails *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent), m_thumbnails(thumbnails)
{
}

void PostListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    // The model's text: the style option's has its line break turned into a line separator.
    const QStringList lines = index.data(Qt::DisplayRole).toString().split(u'\n');
    // The style draws the row's background, selection and focus; the two lines are drawn here.
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (option.state & QStyle::State_Active)                                ? QPalette::Active
                                                                               : QPalette::Inactive;
    const QPalette::ColorRole role = option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setFont(item.font);
    painter->setPen(option.palette.color(group, role));
    const QFontMetrics metrics(item.font);
    QRect line = option.rect.adjusted(margin, margin, -margin, 0);
    // The cover, a square as tall as the two lines, at the right; its room is kept while it loads.
    const QString cover = index.data(PostListModel::CoverRole).toString();
    if (!cover.isEmpty() && m_thumbnails) {
        const int side = option.rect.height() - 2 * margin;
        const QRect square(option.rect.right() - margin - side + 1, option.rect.top() + margin, side, side);
        const qreal ratio = widget ? widget->devicePixelRatioF() : 1.0;
        QPixmap picture = m_thumbnails->thumbnail(cover, qRound(side * ratio));
        if (!picture.isNull()) {
            picture.setDevicePixelRatio(ratio);
            painter->drawPixmap(square, picture);
        }
        line.setRight(square.left() - margin);
    }
    line.setHeight(metrics.height());
    for (const QString &text : lines) {
        painter->drawText(
            line, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(text, Qt::ElideRight, line.width()));
        line.translate(0, metrics.height());
    }
    painter->restore();
}

QSize PostListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QFontMetrics metrics(item.font);
    return {metrics.averageCharWidth() * 20, 2 * metrics.height() + 2 * margin};
}

} // namespace Postwright::App
