#include "editor/outlinepanel.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

OutlinePanel::OutlinePanel(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(u"outline"_s);
    setAccessibleName(tr("Outline"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(12);
    connect(this, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { emit headingActivated(item->data(0, Qt::UserRole).toInt()); });
    connect(this, &QTreeWidget::itemClicked, this,
        [this](QTreeWidgetItem *item) { emit headingActivated(item->data(0, Qt::UserRole).toInt()); });
}

void OutlinePanel::showHeadings(const Core::RenderedBlocks &blocks)
{
    static const QRegularExpression heading(
        uR"(^<h([1-6])[^>]*>(.*)</h\1>)"_s, QRegularExpression::DotMatchesEverythingOption);
    // Typing in a paragraph leaves the headings as they were: nothing to do then.
    QList<QPair<size_t, int>> shown;
    for (const Core::RenderedBlock &block : blocks) {
        if (block.html.startsWith(u"<h"_s))
            shown.append({block.hash, block.firstLine});
    }
    if (shown == m_shownHeadings)
        return;
    m_shownHeadings = shown;
    QList<QPair<int, QPair<QString, int>>> headings;
    for (const Core::RenderedBlock &block : blocks) {
        if (!block.html.startsWith(u"<h"_s))
            continue;
        const QRegularExpressionMatch match = heading.match(block.html);
        if (match.hasMatch()) {
            const QString text = QTextDocumentFragment::fromHtml(match.captured(2)).toPlainText().simplified();
            headings.append({match.captured(1).toInt(), {text, block.firstLine}});
        }
    }
    clear();
    for (const auto &[level, entry] : headings) {
        auto *item = new QTreeWidgetItem(this, {QString((level - 1) * 2, u' ') + entry.first});
        item->setData(0, Qt::UserRole, entry.second);
        item->setToolTip(0, tr("Line %1").arg(entry.second));
    }
}

} // namespace Postwright::App
