#pragma once

#include "site/postlibrary.h"
#include "site/siteprofile.h"

#include <QObject>

#include <functional>

class QWidget;

namespace Postwright::App {

class PublishDialog;

// From Publish to the receipt: the post's plan by the blog's conventions, a draft asked about
// first, a writer git does not know asked once for a name and an email, and a post the remote
// already has said so. The receipt itself (PublishDialog) does the publishing.
class PublishFlow final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishFlow)

public:
    explicit PublishFlow(QWidget *dialogParent);

    // The receipt, opened, or null when there is nothing to publish or the writer stopped.
    // undraft sets draft: false in the post's text and saves it; false when it could not. The
    // receipt shows the check before publishing; posts (the library's) let it check references.
    PublishDialog *start(const QString &postPath, const Core::SiteProfile &profile,
        const std::function<bool()> &undraft, const QList<Core::PostSummary> *posts = nullptr);

signals:
    // A publish from the receipt ended, pushed or not.
    void finished();
    // The writer asked, from the receipt, to go to a line of the post.
    void lineRequested(int line);
    // The post's file now holds the version merged with the site's in the conflict view.
    void postMerged();

private:
    QWidget *m_dialogParent;
};

} // namespace Postwright::App
