#include "library/postlistdelegate.h"

#include <QApplication>
#include <QPainter>

namespace Postwright::App {

namespace {

constexpr int margin = 3;

} // namespace

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
