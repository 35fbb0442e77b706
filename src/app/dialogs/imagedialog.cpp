#include "dialogs/imagedialog.h"

#include "ui_imagedialog.h"

#include "site/imageimport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QPushButton>
#include <QtConcurrent>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

namespace {

// A preview of the picture no larger than the label: JPEG decodes straight to that size.
QImage thumbnailOf(const QByteArray &bytes, const QSize &box)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(1024);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > box.width() || size.height() > box.height()))
        reader.setScaledSize(size.scaled(box * 2, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace

ImageDialog::ImageDialog(QByteArray bytes, const QString &suggestedName, const Defaults &defaults, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImageDialog>()), m_bytes(std::move(bytes))
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Insert"));
    m_ui->altEdit->setText(QFileInfo(suggestedName).completeBaseName());
    m_ui->altEdit->selectAll();
    m_ui->previewLabel->setText(tr("Loading…"));

    m_ui->sizeCombo->addItem(tr("Keep its size"));
    m_ui->sizeCombo->addItem(tr("Fit within"));
    m_ui->sizeCombo->setCurrentIndex(defaults.fitWidth > 0 ? 1 : 0);
    m_ui->widthSpin->setValue(defaults.fitWidth > 0 ? defaults.fitWidth : 1600);
    m_ui->widthSpin->setEnabled(defaults.fitWidth > 0);

    const QString type = ImageImport::typeOf(m_bytes).toUpper().replace(u"JPG"_s, u"JPEG"_s);
    m_ui->formatCombo->addItem(tr("Keep it (%1)").arg(type.isEmpty() ? tr("unknown") : type), int(ImageFormat::Keep));
    m_ui->formatCombo->addItem(u"JPEG"_s, int(ImageFormat::Jpeg));
    m_ui->formatCombo->addItem(tr("WebP (smaller)"), int(ImageFormat::Webp)); // libwebp, linked in
    m_ui->formatCombo->setCurrentIndex(qMax(0, m_ui->formatCombo->findData(int(defaults.format))));
    m_ui->stripCheck->setChecked(!defaults.keepMetadata);

    connect(m_ui->altEdit, &QLineEdit::textChanged, this, &ImageDialog::updateButtons);
    connect(m_ui->sizeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ui->widthSpin->setEnabled(index == 1);
        prepareAgain();
    });
    connect(m_ui->widthSpin, &QSpinBox::valueChanged, this, &ImageDialog::prepareAgain);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ImageDialog::prepareAgain);
    connect(m_ui->stripCheck, &QCheckBox::toggled, this, &ImageDialog::prepareAgain);
    connect(&m_preparation, &QFutureWatcher<Result<PreparedImage>>::finished, this, &ImageDialog::showPrepared);
    connect(&m_thumbnail, &QFutureWatcher<QImage>::finished, this, [this] {
        const QImage image = m_thumbnail.result();
        if (image.isNull()) {
            m_ui->previewLabel->setText(tr("No preview"));
            return;
        }
        const QSize box = m_ui->previewLabel->contentsRect().size();
        m_ui->previewLabel->setPixmap(
            QPixmap::fromImage(image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    });
    m_thumbnail.setFuture(QtConcurrent::run(thumbnailOf, m_bytes, m_ui->previewLabel->maximumSize()));
    prepareAgain();
    updateButtons();
}

ImageDialog::~ImageDialog()
{
    // The workers hold copies of what they use; waiting keeps them from outliving the watchers.
    m_preparation.waitForFinished();
    m_thumbnail.waitForFinished();
}

QString ImageDialog::altText() const
{
    return m_ui->altEdit->text().simplified();
}

QString ImageDialog::caption() const
{
    return m_ui->captionEdit->text().simplified();
}

ImageOptions ImageDialog::options() const
{
    ImageOptions options;
    options.fitWidth = m_ui->sizeCombo->currentIndex() == 1 ? m_ui->widthSpin->value() : 0;
    options.format = ImageFormat(m_ui->formatCombo->currentData().toInt());
    options.keepMetadata = !m_ui->stripCheck->isChecked();
    return options;
}

QString ImageDialog::optionsKey() const
{
    const ImageOptions chosen = options();
    return u"%1/%2/%3"_s.arg(chosen.fitWidth).arg(int(chosen.format)).arg(chosen.keepMetadata);
}

void ImageDialog::prepareAgain()
{
    updateButtons();
    // One preparation at a time; when it finishes, the newest options are asked for if they changed.
    if (m_preparation.isRunning())
        return;
    m_runningOptionsKey = optionsKey();
    m_ui->resultLabel->setText(tr("Working it out…"));
    m_preparation.setFuture(QtConcurrent::run(&ImageConversion::prepare, m_bytes, options()));
}

void ImageDialog::showPrepared()
{
    const Result<PreparedImage> result = m_preparation.result();
    m_readyOptionsKey = m_runningOptionsKey;
    m_preparedOk = result.hasValue();
    if (!result) {
        m_ui->resultLabel->setText(tr("Cannot use this image: %1").arg(result.error().message));
    } else {
        m_prepared = *result;
        const PreparedImage &image = m_prepared;
        m_ui->sizeCombo->setEnabled(image.canResize);
        m_ui->widthSpin->setEnabled(image.canResize && m_ui->sizeCombo->currentIndex() == 1);
        m_ui->formatCombo->setEnabled(image.canResize);
        QStringList parts;
        parts.append(tr("%1, %2 × %3 pixels, was %4")
                         .arg(locale().formattedDataSize(image.bytes.size(), 1, QLocale::DataSizeSIFormat))
                         .arg(image.size.width())
                         .arg(image.size.height())
                         .arg(locale().formattedDataSize(image.originalBytes, 1, QLocale::DataSizeSIFormat)));
        if (image.hasLocation)
            parts.append(tr("<b>It still says where it was taken.</b>"));
        else if (image.hadLocation)
            parts.append(tr("Where it was taken is removed."));
        if (!image.canResize)
            parts.append(tr("SVG and GIF images are kept as they are."));
        m_ui->resultLabel->setText(parts.join(u"<br>"_s));
    }
    emit preparationFinished();
    if (m_readyOptionsKey != optionsKey()) {
        prepareAgain();
        return;
    }
    updateButtons();
    if (m_acceptWhenReady) {
        m_acceptWhenReady = false;
        accept();
    }
}

void ImageDialog::updateButtons()
{
    const bool hasAlt = !altText().isEmpty();
    m_ui->altHint->setEnabled(!hasAlt);
    // Insert waits for alt text; a preparation still running is waited for after the click.
    const bool failed = m_readyOptionsKey == optionsKey() && !m_preparedOk;
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(hasAlt && !failed);
}

void ImageDialog::accept()
{
    if (altText().isEmpty())
        return;
    if (!isReady()) {
        // Still working on the options shown: close as soon as they are ready.
        m_acceptWhenReady = true;
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    QDialog::accept();
}

} // namespace Postwright::App
