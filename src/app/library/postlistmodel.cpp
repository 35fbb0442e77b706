#include "library/postlistmodel.h"

#include <QFileInfo>
#include <QFont>
#include <QLocale>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

void PostListModel::setPosts(const QList<Core::PostSummary> &posts)
{
    beginResetModel();
    m_posts = posts;
    endResetModel();
}

int PostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::PostSummary &post = m_posts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return text(post);
    case Qt::ToolTipRole: {
        // The whole row, which the sidebar may cut short, then what is wrong or what it is about.
        const QString about = post.error.isEmpty() ? post.summary : post.error;
        return about.isEmpty() ? text(post) : text(post) + u"\n\n"_s + about;
    }
    case Qt::FontRole:
        if (post.isDraft || !post.error.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case PathRole: return post.path;
    default: return {};
    }
}

int PostListModel::rowOf(const QString &path) const
{
    for (qsizetype row = 0; row < m_posts.size(); ++row) {
        if (m_posts[row].path == path)
            return int(row);
    }
    return -1;
}

QString PostListModel::text(const Core::PostSummary &post) const
{
    QString status = Core::PostStatus::describe(post.state);
    if (post.isDraft)
        status = tr("draft") + u", "_s + status;
    const QString date =
        post.date.isValid() ? QLocale().toString(post.date.dateTime().date(), QLocale::ShortFormat) : tr("no date");
    QString title = post.title.isEmpty() ? QFileInfo(post.path).fileName() : post.title;
    // A post with a problem says so at a glance; the tooltip says what it is.
    if (!post.error.isEmpty())
        title.prepend(u"⚠ "_s);
    const QString reading = post.reading.text.isEmpty() ? tr("cannot be read") : post.reading.text;
    return title + u'\n' + date + u" · "_s + reading + u" · "_s + status;
}

} // namespace Postwright::App
