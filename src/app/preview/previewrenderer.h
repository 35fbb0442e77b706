#pragma once

#include "markdown/incrementalrenderer.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Postwright::App {

using Rendering = Core::Rendering;

// Renders the post off the GUI thread. At most one render is in flight; text that arrives
// meanwhile waits, and only the newest waiting text is rendered next, so fast typing coalesces.
class PreviewRenderer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewRenderer)

public:
    explicit PreviewRenderer(QObject *parent = nullptr);
    ~PreviewRenderer() override;

    void setOptions(const Core::MarkdownOptions &options, const Core::FieldNaming &naming,
        std::shared_ptr<const Core::SiteModel> site = {});
    // Starts from nothing: the next text is rendered in full (a newly opened post).
    void reset();
    void render(const QString &text);
    bool isBusy() const { return m_busy; }

signals:
    void rendered(const std::shared_ptr<const Rendering> &rendering);

private:
    void dispatch(const QString &text);
    void finished(const std::shared_ptr<const Rendering> &rendering);

    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
    bool m_busy = false;
    bool m_hasPending = false;
    QString m_pending;
};

} // namespace Postwright::App
