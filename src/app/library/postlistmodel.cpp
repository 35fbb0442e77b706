#include "library/postlistmodel.h"

#include <QFileInfo>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

namespace {

// What a row shows of a post, text and tooltip.
bool showsTheSame(const Core::PostSummary &a, const Core::PostSummary &b)
{
    return a.path == b.path && a.title == b.title && a.summary == b.summary && a.date.text() == b.date.text()
        && a.isDraft == b.isDraft && a.reading.text == b.reading.text && a.state == b.state && a.error == b.error
        && a.schedule == b.schedule && a.appearsOn == b.appearsOn && a.language == b.language
        && a.translationLanguages == b.translationLanguages && a.isAnalysed == b.isAnalysed;
}

} // namespace

void PostListModel::setPosts(const QList<Core::PostSummary> &posts)
{
    // The same posts in the same order (a rescan after a save, or on coming back to the window):
    // only changed rows are redrawn, so the selection and the scrolled place stay.
    const bool sameRows = posts.size() == m_posts.size()
        && std::equal(posts.begin(), posts.end(), m_posts.begin(),
            [](const Core::PostSummary &a, const Core::PostSummary &b) { return a.path == b.path; });
    if (sameRows) {
        for (qsizetype row = 0; row < posts.size(); ++row) {
            if (showsTheSame(m_posts[row], posts[row]))
                continue;
            m_posts[row] = posts[row];
            emit dataChanged(index(int(row)), index(int(row)));
        }
        return;
    }
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
    case CoverRole: return post.coverImage;
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
    if (post.schedule == Core::Schedule::Scheduled)
        status = tr("scheduled: appears on %1").arg(QLocale().toString(post.appearsOn.date(), QLocale::ShortFormat))
            + u", "_s + status;
    else if (post.schedule == Core::Schedule::Expired)
        status = tr("expired") + u", "_s + status;
    if (post.isDraft)
        status = tr("draft") + u", "_s + status;
    const QString date =
        post.date.isValid() ? QLocale().toString(post.date.dateTime().date(), QLocale::ShortFormat) : tr("no date");
    QString title = post.title.isEmpty() ? QFileInfo(post.path).fileName() : post.title;
    // A post with a problem says so at a glance; the tooltip says what it is.
    if (!post.error.isEmpty())
        title.prepend(u"⚠ "_s);
    // A first screen of a long reading has some reading times still to come.
    const QString reading = !post.wasRead ? tr("cannot be read") : !post.isAnalysed ? u"…"_s : post.reading.text;
    // A post and its translations are one row, with its languages first, where the row's width
    // does not cut them off.
    QString languages;
    if (!post.translationLanguages.isEmpty())
        languages = (QStringList{post.language} + post.translationLanguages).join(u", "_s) + u" · "_s;
    return title + u'\n' + languages + date + u" · "_s + reading + u" · "_s + status;
}

} // namespace Postwright::App
