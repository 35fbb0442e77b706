#pragma once

#include "git/publisher.h"
#include "site/externallinkcheck.h"
#include "site/postcheck.h"
#include "site/siteprofile.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

namespace Ui {
class PublishDialog;
}

class QPushButton;

namespace Postwright::App {

class InteractiveCredentials;

// The receipt before publishing (files, line counts, message, remote and branch), then the push
// with its progress and a Cancel, then the commit id or what went wrong with a Retry.
class PublishDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishDialog)

public:
    enum class State { Receipt, Publishing, Published, Failed };

    // A retry plans again by the blog's conventions (profile).
    PublishDialog(const Core::PublishPlan &plan, const Core::SiteProfile &profile,
        const std::optional<Core::CommitAuthor> &author, QWidget *parent = nullptr);
    ~PublishDialog() override;

    // What the check before publishing found: listed on the receipt; an error keeps Publish off
    // until the writer fixes it or chooses to publish despite it.
    void showFindings(const QList<Core::PostFinding> &findings);
    State state() const { return m_state; }
    QString resultText() const;
    QPushButton *publishButton() const { return m_publishButton; }
    // Asks each http(s) link of the post, on request.
    QPushButton *linksButton() const { return m_linksButton; }
    // Shown when the publish failed because the site changed the same post: opens the conflict view.
    QPushButton *resolveButton() const { return m_resolveButton; }
    void setKnownHostsPath(const QString &path) { m_knownHostsPath = path; }
    void start();

signals:
    void published(const Core::PublishOutcome &outcome);
    // The post on disk is now the version chosen in the conflict view.
    void postMerged();
    void finishedPublishing();
    // The writer asked to go to a finding's line in the post.
    void lineRequested(int line);

protected:
    void reject() override;

private:
    void setState(State state);
    bool blockedByErrors() const;
    void checkLinks();
    void showProgress(const QString &stage, const Core::TransferProgress &progress);
    void finish(const Core::Result<Core::PublishOutcome> &result);
    void offerResolving();
    void resolve();

    std::unique_ptr<Ui::PublishDialog> m_ui;
    Core::PublishPlan m_plan;
    Core::SiteProfile m_profile;
    std::optional<Core::CommitAuthor> m_author;
    std::unique_ptr<InteractiveCredentials> m_credentials;
    std::atomic_bool m_cancel = false;
    QFutureWatcher<Core::Result<Core::PublishOutcome>> m_publishing;
    QPushButton *m_linksButton = nullptr;
    Core::ExternalLinkCheck m_linkCheck;
    QList<Core::PostFinding> m_findings;
    QPushButton *m_publishButton = nullptr;
    QPushButton *m_resolveButton = nullptr;
    std::optional<std::pair<Core::PublishPlan, Core::PublishConflict>> m_conflict;
    QString m_knownHostsPath;
    State m_state = State::Receipt;
};

} // namespace Postwright::App
