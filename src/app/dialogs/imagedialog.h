#pragma once

#include "images/imageconversion.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Ui {
class ImageDialog;
}

namespace Postwright::App {

// Asks how an image should go on the site before it is written: its alt text (required), a
// caption, the size and the format, and whether location and camera data go. The result line shows
// the file size before and after, worked out off the GUI thread each time an option changes.
class ImageDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDialog)

public:
    struct Defaults {
        int fitWidth = 1600; // 0 keeps the size
        bool keepMetadata = false;
        Core::ImageFormat format = Core::ImageFormat::Keep;
    };

    ImageDialog(QByteArray bytes, const QString &suggestedName, const Defaults &defaults, QWidget *parent = nullptr);
    ~ImageDialog() override;

    QString altText() const;
    QString caption() const;
    Core::ImageOptions options() const;
    // The image for the options shown, once accepted.
    const Core::PreparedImage &prepared() const { return m_prepared; }
    // Whether the image for the options shown is ready (the dialog accepts only then).
    bool isReady() const { return m_readyOptionsKey == optionsKey() && m_preparedOk; }

    void accept() override;

signals:
    // The result line changed: a new preparation finished (tests and the benchmark wait on it).
    void preparationFinished();

private:
    void prepareAgain();
    void showPrepared();
    void updateButtons();
    QString optionsKey() const;

    std::unique_ptr<Ui::ImageDialog> m_ui;
    QByteArray m_bytes;
    QFutureWatcher<Core::Result<Core::PreparedImage>> m_preparation;
    QFutureWatcher<QImage> m_thumbnail;
    QString m_runningOptionsKey; // what the running preparation was asked for
    QString m_readyOptionsKey; // what m_prepared was made for
    bool m_preparedOk = false;
    bool m_acceptWhenReady = false;
    Core::PreparedImage m_prepared;
};

} // namespace Postwright::App
