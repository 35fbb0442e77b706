#pragma once

#include <QWebEnginePage>

namespace Postwright::App {

// The preview's page: it never navigates; a clicked link opens in the system browser.
class PreviewPage final : public QWebEnginePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    explicit PreviewPage(QObject *parent = nullptr);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
};

} // namespace Postwright::App
