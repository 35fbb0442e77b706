#include "library/librarypanel.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QVBoxLayout>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using Core::PostState;

LibraryPanel::LibraryPanel(QWidget *parent)
    : QWidget(parent),
      m_search(new QLineEdit(this)),
      m_tags(new QComboBox(this)),
      m_order(new QComboBox(this)),
      m_list(new QListWidget(this)),
      m_count(new QLabel(this))
{
    setObjectName(u"library"_s);
    m_search->setPlaceholderText(tr("Search posts"));
    m_search->setAccessibleName(tr("Search posts"));
    m_search->setClearButtonEnabled(true);
    m_tags->setAccessibleName(tr("Tag filter"));
    m_order->setAccessibleName(tr("Order"));
    m_order->addItem(tr("Newest first"));
    m_order->addItem(tr("By title"));
    m_list->setAccessibleName(tr("Posts"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_tags, 1);
    filters->addWidget(m_order);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, this, &LibraryPanel::refill);
    connect(m_tags, &QComboBox::currentIndexChanged, this, &LibraryPanel::refill);
    connect(m_order, &QComboBox::currentIndexChanged, this, &LibraryPanel::refill);
    connect(m_list, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit postActivated(item->data(Qt::UserRole).toString()); });
    // Rename and delete work from the keyboard on the selected post (F2, Delete), and from the
    // context menu (right click or the Menu key).
    const auto actionOnSelectedPost = [this](const QString &text, const QKeySequence &key,
                                          void (LibraryPanel::*request)(const QString &)) {
        auto *action = new QAction(text, m_list);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, request] {
            if (const QListWidgetItem *item = m_list->currentItem())
                emit(this->*request)(item->data(Qt::UserRole).toString());
        });
        return action;
    };
    QAction *renameAction = actionOnSelectedPost(tr("&Rename…"), Qt::Key_F2, &LibraryPanel::renameRequested);
    QAction *deleteAction = actionOnSelectedPost(tr("&Delete…"), QKeySequence::Delete, &LibraryPanel::deleteRequested);
    m_list->addActions({renameAction, deleteAction});
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this, renameAction, deleteAction](const QPoint &at) {
        QListWidgetItem *item = m_list->itemAt(at);
        QPoint where = at;
        if (!item) {
            item = m_list->currentItem();
            if (!item)
                return;
            where = m_list->visualItemRect(item).center();
        }
        m_list->setCurrentItem(item);
        const QString path = item->data(Qt::UserRole).toString();
        QMenu menu(this);
        menu.addAction(tr("&Open"), this, [this, path] { emit postActivated(path); });
        menu.addAction(renameAction);
        menu.addAction(deleteAction);
        menu.exec(m_list->viewport()->mapToGlobal(where));
    });
    connect(m_list, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { emit postActivated(item->data(Qt::UserRole).toString()); });
}

void LibraryPanel::setScanning(bool scanning)
{
    if (scanning)
        m_count->setText(tr("Reading the blog…"));
}

void LibraryPanel::showPosts(const QList<Core::PostSummary> &posts)
{
    m_posts = posts;
    const QString tag = m_tags->currentIndex() > 0 ? m_tags->currentText() : QString();
    m_tags->blockSignals(true);
    m_tags->clear();
    m_tags->addItem(tr("All tags"));
    m_tags->addItems(Core::PostLibrary::allTags(posts));
    const int index = m_tags->findText(tag);
    m_tags->setCurrentIndex(index > 0 ? index : 0);
    m_tags->blockSignals(false);
    refill();
}

void LibraryPanel::setCurrentPost(const QString &path)
{
    m_current = path;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == path)
            m_list->setCurrentRow(i);
    }
}

void LibraryPanel::refill()
{
    const QString tag = m_tags->currentIndex() > 0 ? m_tags->currentText() : QString();
    const auto order =
        m_order->currentIndex() == 1 ? Core::PostLibrary::Order::Title : Core::PostLibrary::Order::NewestFirst;
    const QList<Core::PostSummary> shown = Core::PostLibrary::select(m_posts, m_search->text(), tag, order);
    m_list->clear();
    for (const Core::PostSummary &post : shown) {
        QString status = Core::PostStatus::describe(post.state);
        if (post.isDraft)
            status = tr("draft") + u", "_s + status;
        const QString date =
            post.date.isValid() ? QLocale().toString(post.date.dateTime().date(), QLocale::ShortFormat) : tr("no date");
        const QString title = post.title.isEmpty() ? QFileInfo(post.path).fileName() : post.title;
        auto *item =
            new QListWidgetItem(title + u'\n' + date + u" · "_s + post.reading.text + u" · "_s + status, m_list);
        item->setData(Qt::UserRole, post.path);
        item->setToolTip(post.error.isEmpty() ? post.summary : post.error);
        if (post.isDraft || !post.error.isEmpty()) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
        if (post.path == m_current)
            m_list->setCurrentItem(item);
    }
    m_count->setText(tr("%n post(s)", nullptr, int(shown.size()))
        + (shown.size() != m_posts.size() ? tr(" of %1").arg(m_posts.size()) : QString()));
}

} // namespace Postwright::App
