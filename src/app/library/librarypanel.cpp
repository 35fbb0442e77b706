#include "library/librarypanel.h"

#include "library/coverthumbnails.h"
#include "library/postlistdelegate.h"
#include "library/postlistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

LibraryPanel::LibraryPanel(QWidget *parent)
    : QWidget(parent),
      m_search(new QLineEdit(this)),
      m_tags(new QComboBox(this)),
      m_order(new QComboBox(this)),
      m_model(new PostListModel(this)),
      m_list(new QListView(this)),
      m_thumbnails(new CoverThumbnails(CoverThumbnails::defaultCacheFolder(), this)),
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
    m_list->setModel(m_model);
    // Two lines a post, cut short when the sidebar is narrow (the tooltip has them whole): with
    // rows of one height, thousands of posts are laid out at once and search keeps up with typing.
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(false);
    m_list->setItemDelegate(new PostListDelegate(m_thumbnails, m_list));
    // Only the rows in view are painted again, so one repaint per ready thumbnail costs little.
    connect(m_thumbnails, &CoverThumbnails::ready, m_list->viewport(), qOverload<>(&QWidget::update));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
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
    const auto activate = [this](const QModelIndex &index) {
        emit postActivated(index.data(PostListModel::PathRole).toString());
    };
    connect(m_list, &QListView::activated, this, activate);
    connect(m_list, &QListView::clicked, this, activate);
    // Rename and delete work from the keyboard on the selected post (F2, Delete), and from the
    // context menu (right click or the Menu key).
    const auto actionOnSelectedPost = [this](const QString &text, const QKeySequence &key,
                                          void (LibraryPanel::*request)(const QString &)) {
        auto *action = new QAction(text, m_list);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, request] {
            if (const QString path = selectedPath(); !path.isEmpty())
                emit(this->*request)(path);
        });
        return action;
    };
    QAction *renameAction = actionOnSelectedPost(tr("&Rename…"), Qt::Key_F2, &LibraryPanel::renameRequested);
    QAction *deleteAction = actionOnSelectedPost(tr("&Delete…"), QKeySequence::Delete, &LibraryPanel::deleteRequested);
    m_list->addActions({renameAction, deleteAction});
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this, renameAction, deleteAction](const QPoint &at) {
        QModelIndex index = m_list->indexAt(at);
        QPoint where = at;
        if (!index.isValid()) {
            index = m_list->currentIndex();
            if (!index.isValid())
                return;
            where = m_list->visualRect(index).center();
        }
        m_list->setCurrentIndex(index);
        const QString path = index.data(PostListModel::PathRole).toString();
        QMenu menu(this);
        menu.addAction(tr("&Open"), this, [this, path] { emit postActivated(path); });
        menu.addAction(renameAction);
        menu.addAction(deleteAction);
        menu.exec(m_list->viewport()->mapToGlobal(where));
    });
}

void LibraryPanel::setScanning(bool scanning)
{
    if (scanning)
        m_count->setText(tr("Reading the blog…"));
}

void LibraryPanel::showScanProgress(int read, int total)
{
    if (total > 0)
        m_count->setText(
            tr("Reading the blog… %1 of %2 posts").arg(QLocale().toString(read), QLocale().toString(total)));
}

QString LibraryPanel::countText() const
{
    return m_count->text();
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
    // Posts came or went: the list is rebuilt, and stays where the writer had scrolled it.
    const int scrolled = m_list->verticalScrollBar()->value();
    refill();
    m_list->doItemsLayout();
    m_list->verticalScrollBar()->setValue(scrolled);
}

void LibraryPanel::setCurrentPost(const QString &path)
{
    m_current = path;
    if (const int row = m_model->rowOf(path); row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

QString LibraryPanel::selectedPath() const
{
    return m_list->currentIndex().data(PostListModel::PathRole).toString();
}

void LibraryPanel::refill()
{
    const QString tag = m_tags->currentIndex() > 0 ? m_tags->currentText() : QString();
    const auto order =
        m_order->currentIndex() == 1 ? Core::PostLibrary::Order::Title : Core::PostLibrary::Order::NewestFirst;
    const QList<Core::PostSummary> shown = Core::PostLibrary::select(m_posts, m_search->text(), tag, order);
    m_model->setPosts(shown);
    setCurrentPost(m_current);
    // The translations write the count with %Ln, grouped as the language groups digits.
    m_count->setText(tr("%n post(s)", nullptr, int(shown.size()))
        + (shown.size() != m_posts.size() ? tr(" of %1").arg(QLocale().toString(m_posts.size())) : QString()));
}

} // namespace Postwright::App
