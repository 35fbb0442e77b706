#pragma once

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
    // undraft sets draft: false in the post's text and saves it; false when it could not.
    PublishDialog *start(
        const QString &postPath, const Core::SiteProfile &profile, const std::function<bool()> &undraft);

signals:
    // A publish from the receipt ended, pushed or not.
    void finished();

private:
    QWidget *m_dialogParent;
};

} // namespace Postwright::App
