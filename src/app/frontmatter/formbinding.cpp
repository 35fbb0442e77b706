#include "frontmatter/formbinding.h"

#include "document/frontmatter.h"
#include "document/readingtime.h"
#include "editor/markdowneditor.h"
#include "frontmatter/frontmatterform.h"
#include "site/postlibrary.h"
#include "site/postschedule.h"
#include "site/publicaddress.h"

#include <QLocale>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

FormBinding::FormBinding(FrontMatterForm *form, MarkdownEditor *editor, QObject *parent)
    : QObject(parent), m_form(form), m_editor(editor)
{
    connect(m_form, &FrontMatterForm::textFieldEdited, this, [this](PostField field, const QString &value) {
        apply([&](const FrontMatter &frontMatter) { return frontMatter.setText(field, value); });
    });
    connect(m_form, &FrontMatterForm::tagsEdited, this, [this](const QStringList &tags) {
        apply([&](const FrontMatter &frontMatter) { return frontMatter.setTags(tags); });
    });
    connect(m_form, &FrontMatterForm::dateEdited, this, [this](const QDateTime &moment) {
        apply([&](const FrontMatter &frontMatter) { return frontMatter.setDate(moment); });
    });
    connect(m_form, &FrontMatterForm::draftEdited, this,
        [this](bool draft) { apply([&](const FrontMatter &frontMatter) { return frontMatter.setDraft(draft); }); });
    connect(m_form, &FrontMatterForm::termsEdited, this, [this](const QString &key, const QStringList &terms) {
        apply([&](const FrontMatter &frontMatter) { return frontMatter.setList(key, terms); });
    });
    connect(m_form, &FrontMatterForm::goToLineRequested, m_editor, &MarkdownEditor::goToLine);
}

void FormBinding::setProfile(const SiteProfile &profile)
{
    m_profile = profile;
    QStringList taxonomies = profile.site->taxonomies;
    taxonomies.removeAll(u"tags"_s);
    m_form->setTaxonomies(taxonomies);
}

void FormBinding::setSuggestions(const QList<PostSummary> &posts)
{
    m_form->setTagSuggestions(PostLibrary::allTags(posts));
    for (const QString &taxonomy : m_profile.site->taxonomies)
        m_form->setTermSuggestions(taxonomy, PostLibrary::allTerms(posts, taxonomy));
}

void FormBinding::show(const FrontMatter &frontMatter, const ReadingEstimate &estimate, const QString &postPath)
{
    // What the form shows is not an edit of the text.
    m_showing = true;
    m_form->showFrontMatter(frontMatter);
    m_form->showReadingTime(estimate);
    showAddress(frontMatter, postPath);
    m_showing = false;
}

void FormBinding::showAddress(const FrontMatter &frontMatter, const QString &postPath)
{
    if (postPath.isEmpty()) {
        m_form->showAddress({}, {});
        return;
    }
    const SiteModel &site = *m_profile.site;
    const PostSchedule schedule = PostSchedule::of(site, postPath, frontMatter);
    QString note;
    switch (schedule.at(site, QDateTime::currentDateTimeUtc())) {
    case Schedule::Scheduled:
        note = tr("scheduled: appears on %1").arg(QLocale().toString(schedule.publishDate, QLocale::ShortFormat));
        break;
    case Schedule::Expired: note = tr("expired: the site no longer shows it"); break;
    case Schedule::Live: break;
    }
    m_form->showAddress(PublicAddress::of(site, postPath, frontMatter), note);
}

void FormBinding::apply(const std::function<Result<TextEdit>(const FrontMatter &)> &edit)
{
    if (m_showing)
        return;
    // Parse the text as it is now (the last rendering may be a keystroke behind).
    const FrontMatter frontMatter = FrontMatter::parse(m_editor->toPlainText(), m_profile.naming);
    const Result<TextEdit> change = edit(frontMatter);
    if (!change) {
        emit refused(change.error().message);
        return;
    }
    if (change->length == 0 && change->replacement.isEmpty())
        return;
    m_editor->replaceRange(int(change->start), int(change->length), change->replacement);
}

} // namespace Postwright::App
