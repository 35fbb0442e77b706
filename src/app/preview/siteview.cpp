#include "preview/siteview.h"

#include "preview/previewpage.h"
#include "preview/siterequestguard.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QWebEngineView>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;

SiteView::SiteView(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedLayout(this)),
      m_statusPage(new QWidget(this)),
      m_title(new QLabel(m_statusPage)),
      m_busy(new QProgressBar(m_statusPage)),
      m_details(new QPlainTextEdit(m_statusPage)),
      m_retry(new QPushButton(tr("&Try Again"), m_statusPage)),
      m_pagePane(new QWidget(this)),
      m_problems(new QLabel(m_pagePane)),
      m_web(new QWebEngineView(m_pagePane)),
      m_page(new PreviewPage(m_web)),
      m_guard(new SiteRequestGuard(this))
{
    setObjectName(u"siteView"_s);
    setAccessibleName(tr("Site view"));
    m_title->setObjectName(u"siteViewTitle"_s);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_details->setObjectName(u"siteViewDetails"_s);
    m_details->setReadOnly(true);
    m_details->setFrameShape(QFrame::NoFrame);
    m_details->setFont(QFont(u"monospace"_s));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_retry->setObjectName(u"siteViewRetry"_s);
    auto *statusLayout = new QVBoxLayout(m_statusPage);
    statusLayout->setContentsMargins(24, 24, 24, 24);
    statusLayout->addWidget(m_title);
    statusLayout->addWidget(m_busy);
    statusLayout->addWidget(m_details, 1);
    statusLayout->addWidget(m_retry, 0, Qt::AlignLeft);

    m_problems->setObjectName(u"siteViewProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(u"QLabel { background: #fdecea; color: #611a15; padding: 6px 10px; }"_s);
    m_problems->hide();
    m_web->setPage(m_page);
    m_web->setContextMenuPolicy(Qt::NoContextMenu);
    m_page->setUrlRequestInterceptor(m_guard);
    auto *pageLayout = new QVBoxLayout(m_pagePane);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_problems);
    pageLayout->addWidget(m_web, 1);

    m_stack->addWidget(m_statusPage);
    m_stack->addWidget(m_pagePane);
    connect(m_retry, &QPushButton::clicked, this, &SiteView::retryRequested);
    connect(m_web, &QWebEngineView::loadFinished, this, &SiteView::loaded);
    showStatus(tr("The site view"), tr("Shows this post as the blog's generator builds it."), false, false);
}

void SiteView::showStatus(const QString &title, const QString &details, bool busy, bool canRetry)
{
    m_title->setText(title);
    m_details->setPlainText(details);
    m_details->setVisible(!details.isEmpty());
    m_busy->setVisible(busy);
    m_retry->setVisible(canRetry);
    m_stack->setCurrentWidget(m_statusPage);
    m_url.clear();
}

void SiteView::showPage(const QUrl &url, const QUrl &origin, bool allowRemoteContent)
{
    m_page->setOwnOrigin(origin);
    m_guard->allow(origin, allowRemoteContent);
    m_stack->setCurrentWidget(m_pagePane);
    if (url == m_url && m_web->url() == url) {
        // The same page again: back at the place the reader was.
        m_page->runJavaScript(u"window.scrollY"_s, [this, url](const QVariant &scrollY) {
            m_scrollToRestore = scrollY.toDouble();
            m_web->load(url);
        });
        return;
    }
    m_url = url;
    m_scrollToRestore = 0;
    m_web->load(url);
}

void SiteView::loaded(bool ok)
{
    if (!ok || m_url.isEmpty())
        return;
    const QUrl url = m_web->url();
    if (m_scrollToRestore <= 0) {
        emit pageShown(url);
        return;
    }
    const QString script = u"window.scrollTo(0, %1); window.scrollY"_s.arg(m_scrollToRestore);
    m_scrollToRestore = 0;
    m_page->runJavaScript(script, [this, url](const QVariant &) { emit pageShown(url); });
}

void SiteView::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.isEmpty()
            ? QString()
            : tr("The last change did not build cleanly. What the generator said:\n%1").arg(problems.join(u'\n')));
    m_problems->setVisible(!problems.isEmpty());
}

bool SiteView::isShowingPage() const
{
    return m_stack->currentWidget() == m_pagePane;
}

QString SiteView::statusTitle() const
{
    return m_title->text();
}

QString SiteView::statusDetails() const
{
    return m_details->toPlainText();
}

QString SiteView::problemsText() const
{
    return m_problems->isVisible() ? m_problems->text() : QString();
}

QStringList SiteView::blockedAddresses() const
{
    return m_guard->blockedAddresses();
}

} // namespace Postwright::App
