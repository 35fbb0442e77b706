#include "publish/publishdialog.h"

#include "document/textfile.h"
#include "publish/conflictdialog.h"
#include "publish/interactivecredentials.h"
#include "ui_publishdialog.h"

#include <QCheckBox>
#include <QDir>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using Core::PublishPlan;

PublishDialog::PublishDialog(const PublishPlan &plan, const Core::SiteProfile &profile,
    const std::optional<Core::CommitAuthor> &author, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::PublishDialog>()),
      m_plan(plan),
      m_profile(profile),
      m_author(author),
      m_credentials(std::make_unique<InteractiveCredentials>(this)),
      m_knownHostsPath(Core::KnownHosts::defaultPath())
{
    m_ui->setupUi(this);
    setObjectName(u"publishDialog"_s);
    m_ui->headingLabel->setText(plan.needsCommit
            ? tr("<b>Publish “%1”</b><br>These files will be committed, and nothing else:")
                  .arg(plan.title.toHtmlEscaped())
            : tr("<b>Publish “%1”</b><br>The post is committed; %n commit(s) will be pushed.", nullptr,
                plan.unpushedCommits)
                  .arg(plan.title.toHtmlEscaped()));
    for (const PublishPlan::File &file : plan.files) {
        QString change = tr("unchanged");
        if (file.change == PublishPlan::File::Change::Added)
            change = tr("new");
        else if (file.change == PublishPlan::File::Change::Modified)
            change = tr("changed");
        if (plan.imagesWithLocation.contains(file.path))
            change = tr("%1, with its location").arg(change);
        auto *item = new QTreeWidgetItem(
            m_ui->filesTree, {file.path, change, u"+%1 −%2"_s.arg(file.additions).arg(file.deletions)});
        item->setToolTip(0, file.path);
    }
    m_ui->filesTree->resizeColumnToContents(0);
    m_ui->filesTree->setVisible(plan.needsCommit);
    QString destination = tr("Push to %1 (%2), branch %3").arg(plan.remoteName, plan.remoteUrl, plan.remoteBranch);
    if (!plan.publicUrl.isEmpty())
        destination += u'\n' + tr("The site will show it at %1").arg(plan.publicUrl);
    if (!plan.imagesWithLocation.isEmpty()) {
        destination += u'\n'
            + tr("%n image(s) still say where they were taken (GPS): %1. To remove it, delete the image and add it "
                 "again with Insert > Image.",
                nullptr, int(plan.imagesWithLocation.size()))
                  .arg(plan.imagesWithLocation.join(u", "_s));
    }
    m_ui->destinationLabel->setText(destination);
    m_ui->messageEdit->setText(plan.message);
    m_ui->messageEdit->setEnabled(plan.needsCommit);
    m_publishButton = m_ui->buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publishButton->setDefault(true);
    connect(m_publishButton, &QPushButton::clicked, this, &PublishDialog::start);
    connect(&m_publishing, &QFutureWatcher<Core::Result<Core::PublishOutcome>>::finished, this,
        [this] { finish(m_publishing.result()); });
    m_ui->checksTree->hide();
    m_ui->overrideCheck->hide();
    // External links are asked only on request: it takes the network and some seconds.
    m_linksButton = m_ui->buttons->addButton(tr("Check &Links"), QDialogButtonBox::ActionRole);
    m_linksButton->setObjectName(u"checkLinksButton"_s);
    m_linksButton->setToolTip(tr("Ask each web address the post links to whether it still answers"));
    m_linksButton->setAutoDefault(false);
    connect(m_linksButton, &QPushButton::clicked, this, &PublishDialog::checkLinks);
    m_resolveButton = m_ui->buttons->addButton(tr("&Resolve…"), QDialogButtonBox::ActionRole);
    m_resolveButton->setObjectName(u"resolveButton"_s);
    m_resolveButton->setToolTip(tr("Your version and the site's side by side: choose what to keep of each"));
    connect(m_resolveButton, &QPushButton::clicked, this, &PublishDialog::resolve);
    connect(&m_linkCheck, &Core::ExternalLinkCheck::progressed, this,
        [this](int done, int total) { m_linksButton->setText(tr("Checking Links… %1/%2").arg(done).arg(total)); });
    connect(&m_linkCheck, &Core::ExternalLinkCheck::finished, this, [this](const QList<Core::PostFinding> &found) {
        QList<Core::PostFinding> all = m_findings + found;
        std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.line < b.line; });
        showFindings(all);
        m_linksButton->setText(found.isEmpty() ? tr("Links Answer") : tr("Links Checked"));
    });
    connect(m_ui->overrideCheck, &QCheckBox::toggled, this, [this] { setState(m_state); });
    connect(m_ui->checksTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        // To fix it: the receipt goes, the post shows the line.
        if (const int line = item->data(0, Qt::UserRole).toInt(); line > 0 && m_state == State::Receipt) {
            emit lineRequested(line);
            reject();
        }
    });
    setState(State::Receipt);
}

void PublishDialog::showFindings(const QList<Core::PostFinding> &findings)
{
    m_findings = findings;
    m_ui->checksTree->clear();
    for (const Core::PostFinding &finding : findings) {
        const bool error = finding.severity == Core::PostFinding::Severity::Error;
        auto *item = new QTreeWidgetItem(m_ui->checksTree,
            {finding.line > 0 ? QString::number(finding.line) : QString(),
                (error ? tr("Error: %1") : tr("Warning: %1")).arg(finding.message)});
        item->setIcon(0, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setData(0, Qt::UserRole, finding.line);
        item->setToolTip(1, finding.message);
    }
    m_ui->checksTree->resizeColumnToContents(0);
    m_ui->checksTree->setVisible(!findings.isEmpty());
    m_ui->overrideCheck->setChecked(false);
    m_ui->overrideCheck->setVisible(Core::PostCheck::hasErrors(findings));
    setState(m_state);
}

void PublishDialog::checkLinks()
{
    const Core::Result<Core::LoadedText> post =
        Core::TextFile::load(QDir(m_plan.repositoryRoot).filePath(m_plan.postPath));
    const QList<Core::LinkDestinations::Place> links =
        post ? Core::ExternalLinkCheck::linksOf(post->text, m_profile.naming) : QList<Core::LinkDestinations::Place>();
    m_linksButton->setEnabled(false);
    if (links.isEmpty()) {
        m_linksButton->setText(tr("No Links to Check"));
        return;
    }
    m_linksButton->setText(tr("Checking Links…"));
    m_linkCheck.start(links, {});
}

bool PublishDialog::blockedByErrors() const
{
    return !m_ui->overrideCheck->isHidden() && !m_ui->overrideCheck->isChecked();
}

PublishDialog::~PublishDialog()
{
    m_cancel = true;
    m_publishing.waitForFinished();
}

void PublishDialog::setState(State state)
{
    m_state = state;
    const bool working = state == State::Publishing;
    m_ui->progressBar->setVisible(state != State::Receipt);
    m_ui->stageLabel->setVisible(state != State::Receipt);
    m_ui->resultLabel->setVisible(state == State::Published || state == State::Failed);
    m_ui->messageEdit->setReadOnly(state != State::Receipt);
    // A retry would meet the same conflict: Resolve is the way on.
    m_publishButton->setVisible(state == State::Receipt || (state == State::Failed && !m_conflict));
    m_linksButton->setVisible(state == State::Receipt);
    m_resolveButton->setVisible(state == State::Failed && m_conflict.has_value());
    m_publishButton->setText(state == State::Failed ? tr("&Retry") : tr("&Publish"));
    m_publishButton->setEnabled(!working && !(state == State::Receipt && blockedByErrors()));
    QPushButton *cancel = m_ui->buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(state == State::Published || state == State::Failed ? tr("&Close") : tr("&Cancel"));
}

void PublishDialog::start()
{
    if (m_state == State::Failed) {
        // A retry plans again: what was committed before the failure now only needs pushing.
        const Core::Result<PublishPlan> again =
            Core::Publisher::plan(QDir(m_plan.repositoryRoot).filePath(m_plan.postPath), m_profile);
        if (!again) {
            m_ui->resultLabel->setText(again.error().message.toHtmlEscaped());
            return;
        }
        m_plan = *again;
    }
    setState(State::Publishing);
    m_cancel = false;
    m_ui->progressBar->setRange(0, 0);
    m_ui->stageLabel->setText(tr("Starting…"));
    Core::Publisher::Options options;
    options.message = m_ui->messageEdit->text().trimmed();
    options.author = m_author;
    options.cancel = &m_cancel;
    options.knownHostsPath = m_knownHostsPath;
    options.progress = [this](const QString &stage, const Core::TransferProgress &progress) {
        QMetaObject::invokeMethod(this, [this, stage, progress] { showProgress(stage, progress); });
    };
    // Pushing can take seconds: it runs on a worker, and its progress comes back queued.
    m_publishing.setFuture(QtConcurrent::run(
        [this, plan = m_plan, options] { return Core::Publisher::publish(plan, *m_credentials, options); }));
}

void PublishDialog::showProgress(const QString &stage, const Core::TransferProgress &progress)
{
    if (m_state != State::Publishing)
        return;
    if (progress.totalObjects > 0) {
        m_ui->progressBar->setRange(0, int(progress.totalObjects));
        m_ui->progressBar->setValue(int(progress.objects));
        m_ui->stageLabel->setText(tr("%1: %2 of %3 objects, %4")
                                      .arg(stage)
                                      .arg(progress.objects)
                                      .arg(progress.totalObjects)
                                      .arg(QLocale().formattedDataSize(qint64(progress.bytes))));
    } else {
        m_ui->stageLabel->setText(stage + u'…');
    }
}

void PublishDialog::finish(const Core::Result<Core::PublishOutcome> &result)
{
    if (result) {
        m_ui->progressBar->setRange(0, 1);
        m_ui->progressBar->setValue(1);
        m_ui->stageLabel->setText(tr("Done"));
        QString text = tr("Published: commit <b>%1</b> is on %2, branch %3.%4")
                           .arg(result->commitId.left(10), result->remoteUrl.toHtmlEscaped(), result->branch,
                               result->merged ? tr(" What you chose of your version and the site's is now the post.")
                                   : result->rebased ? tr(" The remote had new commits; yours was added after them.")
                                                     : QString());
        if (!m_plan.publicUrl.isEmpty()) {
            const QString address = m_plan.publicUrl.toHtmlEscaped();
            const QString link =
                m_plan.publicUrl.startsWith(u"http"_s) ? u"<a href=\"%1\">%1</a>"_s.arg(address) : address;
            text += u"<br>"_s + tr("Live at %1 once the site is built.").arg(link);
        }
        m_ui->resultLabel->setText(text);
        setState(State::Published);
        emit published(*result);
    } else {
        m_ui->progressBar->setRange(0, 1);
        m_ui->progressBar->setValue(0);
        m_ui->stageLabel->setText(tr("Not published"));
        m_ui->resultLabel->setText(result.error().message.toHtmlEscaped());
        offerResolving();
        setState(State::Failed);
    }
    emit finishedPublishing();
}

void PublishDialog::offerResolving()
{
    // The failed publish fetched the remote's commits: whether they are in the way is read here.
    m_conflict.reset();
    const Core::Result<PublishPlan> plan =
        Core::Publisher::plan(QDir(m_plan.repositoryRoot).filePath(m_plan.postPath), m_profile);
    if (!plan)
        return;
    const Core::Result<std::optional<Core::PublishConflict>> conflict = Core::Publisher::conflict(*plan);
    if (!conflict || !conflict->has_value())
        return;
    m_conflict = std::pair{*plan, **conflict};
    m_ui->stageLabel->setText(tr("Not published: the site changed this post too"));
    m_ui->resultLabel->setText(
        tr("The site has a newer version of this post than the one you started from, and you both changed it. "
           "Nothing is lost: your commit is kept here. Press <b>Resolve</b> to see both versions side by side and "
           "choose what to keep."));
    m_resolveButton->setDefault(true);
}

void PublishDialog::resolve()
{
    if (!m_conflict)
        return;
    Core::Publisher::Options options;
    options.message = m_ui->messageEdit->text().trimmed();
    options.author = m_author;
    options.knownHostsPath = m_knownHostsPath;
    auto *view = new ConflictDialog(m_conflict->first, m_conflict->second, options, *m_credentials, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &ConflictDialog::publishedResult, this, [this](const Core::Result<Core::PublishOutcome> &result) {
        // The post on disk is the result once the branch moved, pushed or not.
        const bool merged = result || result.error().message.contains(Core::Publisher::backupReference(m_plan.branch));
        finish(result);
        if (merged)
            emit postMerged();
    });
    view->open();
}

QString PublishDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

void PublishDialog::reject()
{
    if (m_state == State::Publishing) {
        // Cancel stops the transfer; the dialog closes once the worker has stopped.
        m_cancel = true;
        m_ui->stageLabel->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace Postwright::App
