#include "preview/previewrenderer.h"

namespace Postwright::App {

class PreviewRenderer::Worker final : public QObject {
    Q_OBJECT

public:
    void configure(const Core::MarkdownOptions &options, const Core::FieldNaming &naming,
        const std::shared_ptr<const Core::SiteModel> &site)
    {
        m_renderer = Core::IncrementalRenderer(options, naming, site);
    }
    void reset() { m_renderer.reset(); }
    void render(const QString &text) { emit done(std::make_shared<const Rendering>(m_renderer.update(text))); }

signals:
    void done(const std::shared_ptr<const Rendering> &rendering);

private:
    Core::IncrementalRenderer m_renderer;
};

PreviewRenderer::PreviewRenderer(QObject *parent) : QObject(parent), m_worker(new Worker)
{
    qRegisterMetaType<std::shared_ptr<const Rendering>>();
    m_thread.setObjectName(QStringLiteral("preview renderer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::done, this, &PreviewRenderer::finished, Qt::QueuedConnection);
    m_thread.start();
}

PreviewRenderer::~PreviewRenderer()
{
    m_thread.quit();
    m_thread.wait();
}

void PreviewRenderer::setOptions(
    const Core::MarkdownOptions &options, const Core::FieldNaming &naming, std::shared_ptr<const Core::SiteModel> site)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, options, naming, site] { worker->configure(options, naming, site); });
}

void PreviewRenderer::reset()
{
    m_hasPending = false;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->reset(); });
}

void PreviewRenderer::render(const QString &text)
{
    if (m_busy) {
        m_pending = text;
        m_hasPending = true;
        return;
    }
    dispatch(text);
}

void PreviewRenderer::dispatch(const QString &text)
{
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, text] { worker->render(text); });
}

void PreviewRenderer::finished(const std::shared_ptr<const Rendering> &rendering)
{
    m_busy = false;
    if (m_hasPending) {
        m_hasPending = false;
        dispatch(std::exchange(m_pending, QString()));
    }
    emit rendered(rendering);
}

} // namespace Postwright::App

#include "previewrenderer.moc"
