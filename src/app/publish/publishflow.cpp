#include "publish/publishflow.h"

#include "document/textfile.h"
#include "git/publisher.h"
#include "publish/publishdialog.h"
#include "settings/appsettings.h"
#include "site/postcheck.h"

#include <QInputDialog>
#include <QMessageBox>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

PublishFlow::PublishFlow(QWidget *dialogParent) : QObject(dialogParent), m_dialogParent(dialogParent) { }

PublishDialog *PublishFlow::start(const QString &postPath, const SiteProfile &profile,
    const std::function<bool()> &undraft, const QList<PostSummary> *posts)
{
    Result<PublishPlan> plan = Publisher::plan(postPath, profile);
    if (plan && plan->isDraft) {
        const auto answer = QMessageBox::question(m_dialogParent, tr("Publish a draft?"),
            tr("“%1” is marked as a draft, so the site would not show it. Publish it and set draft to false?")
                .arg(plan->title));
        if (answer != QMessageBox::Yes || !undraft())
            return nullptr;
        plan = Publisher::plan(postPath, profile);
    }
    if (!plan) {
        QMessageBox::warning(m_dialogParent, tr("Cannot publish"), plan.error().message);
        return nullptr;
    }
    if (!plan->needsCommit && plan->unpushedCommits == 0) {
        QMessageBox::information(m_dialogParent, tr("Nothing to publish"),
            tr("“%1” is already published: the remote has this exact text.").arg(plan->title));
        return nullptr;
    }
    std::optional<CommitAuthor> author;
    if (plan->needsAuthor) {
        CommitAuthor known = AppSettings::commitAuthor();
        if (known.name.isEmpty() || known.email.isEmpty()) {
            known.name = QInputDialog::getText(m_dialogParent, tr("Who is publishing?"),
                tr("git has no name for you yet. Your name, as commits show it:"));
            if (known.name.trimmed().isEmpty())
                return nullptr;
            known.email =
                QInputDialog::getText(m_dialogParent, tr("Who is publishing?"), tr("Your email address, for commits:"));
            if (known.email.trimmed().isEmpty())
                return nullptr;
            AppSettings::setCommitAuthor(known);
        }
        author = known;
    }
    auto *dialog = new PublishDialog(*plan, profile, author, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Result<LoadedText> saved = TextFile::load(postPath); saved)
        dialog->showFindings(PostCheck::check(postPath, saved->text, profile, posts));
    connect(dialog, &PublishDialog::lineRequested, this, &PublishFlow::lineRequested);
    connect(dialog, &PublishDialog::postMerged, this, &PublishFlow::postMerged);
    connect(dialog, &PublishDialog::finishedPublishing, this, &PublishFlow::finished);
    dialog->open();
    return dialog;
}

} // namespace Postwright::App
